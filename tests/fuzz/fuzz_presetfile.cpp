// Any bytes as an imported preset file, request body or nodeInfoList (File → Import presets, the clipboard).
// Properties: all or nothing; ids are exact ASCII digits; export → import gives the same presets, and
// exporting them again the same bytes.
#include "fuzzcheck.h"
#include "model/ids.h"
#include "store/presetfile.h"

using namespace rh;

namespace {

void checkImported(const PresetImport &imported)
{
    if (!imported.ok()) {
        FUZZ_CHECK(imported.presets.isEmpty());
        return;
    }
    for (const Preset &preset : imported.presets) {
        FUZZ_CHECK(preset.webappId.isEmpty() || isIdText(preset.webappId));
        FUZZ_CHECK(preset.localPaths.isEmpty()); // paths never come from a file
        for (const NodeField &node : preset.nodes)
            FUZZ_CHECK(!node.nodeId.trimmed().isEmpty() && !node.fieldName.trimmed().isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    PresetImport imported = importAnyPresets(bytes);
    checkImported(imported);
    checkImported(importPresets(bytes));
    checkImported(importRequestBody(bytes));
    if (!imported.ok())
        return 0;

    // A pasted request body may name no app: the window fills in the form's before saving, as done here.
    for (Preset &preset : imported.presets) {
        if (preset.webappId.isEmpty())
            preset.webappId = QStringLiteral("1877265245566922753");
    }
    const QByteArray exported = exportPresets(imported.presets);
    const PresetImport again = importPresets(exported);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.presets.size() == imported.presets.size());
    for (qsizetype i = 0; i < again.presets.size(); ++i)
        FUZZ_CHECK(again.presets.at(i).sameContent(imported.presets.at(i)));
    FUZZ_CHECK(exportPresets(again.presets) == exported);
    return 0;
}
