#include "model/fieldspec.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using rh::FieldOption;
using rh::FieldSpec;
using Kind = rh::FieldSpec::Kind;

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(FieldSpec::FileCheck)

namespace {

QStringList sl(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'));
}

QVariant opt(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QStringList values(const FieldSpec &spec)
{
    QStringList out;
    for (const FieldOption &option : spec.options)
        out << option.value;
    return out;
}

QStringList labels(const FieldSpec &spec)
{
    QStringList out;
    for (const FieldOption &option : spec.options)
        out << option.label;
    return out;
}

const char *const listData = R"([{"name":"flux-pro","index":"flux-pro","description":"质量最好"},)"
                             R"({"name":"flux-dev","index":"flux-dev","description":"开发版"},)"
                             R"({"default":"flux-pro","description":"忽略"}])";
const char *const switchData = R"([{"name":"input1","index":1.0}, {"name":"input2","index":2.0}])";

} // namespace

class TestFieldSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void parse_data();
    void parse();
    void listDetails();
    void realAppFields();
    void tooltip_data();
    void tooltip();
    void realReplyFields_data();
    void realReplyFields();
    void hostileNeverCrashes_data();
    void hostileNeverCrashes();
    void normaliseValue_data();
    void normaliseValue();
    void accepts_data();
    void accepts();
    void labelFor();
    void fromFieldFallsBackToValue();
    void checkLocalFile_data();
    void checkLocalFile();
    void checkNumber_data();
    void checkNumber();
    void optionDescriptionInEnglish();
};

void TestFieldSpec::parse_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("data");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("understood");
    QTest::addColumn<QVariant>("min");
    QTest::addColumn<QVariant>("max");
    QTest::addColumn<QVariant>("step");
    QTest::addColumn<QString>("defaultValue");
    QTest::addColumn<QStringList>("optionValues");
    QTest::addColumn<QStringList>("optionLabels");
    QTest::addColumn<QStringList>("samples");
    const QVariant none;
    const QStringList no;
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("string multiline (docs)") << "STRING"
                                   << R"(["STRING", {"default": "", "multiline": true}])" << Kind::MultilineText << true
                                   << none << none << none << "" << no << no << no;
    row("string single line") << "STRING"
                              << R"(["STRING", {"default": "a cat"}])" << Kind::Text << true << none << none << none
                              << "a cat" << no << no << no;
    row("lower-case type") << "string"
                           << R"(["STRING", {"multiline": true}])" << Kind::MultilineText << true << none << none
                           << none << "" << no << no << no;
    row("int (docs)") << "INT"
                      << R"(["INT", {"default": 20, "min": 1, "max": 100}])" << Kind::Int << true << QVariant(1.0)
                      << QVariant(100.0) << none << "20" << no << no << no;
    row("int seed max 2^64-1") << "INT"
                               << R"(["INT", {"default": 0, "min": 0, "max": 18446744073709551615}])" << Kind::Int
                               << true << QVariant(0.0) << QVariant(18446744073709551615.0) << none << "0" << no << no
                               << no;
    row("int default 2.0") << "INT"
                           << R"(["INT", {"default": 2.0, "step": 1}])" << Kind::Int << true << none << none
                           << QVariant(1.0) << "2" << no << no << no;
    row("float") << "FLOAT"
                 << R"(["FLOAT", {"default": 8.0, "min": 0.0, "max": 100.0, "step": 0.1}])" << Kind::Float << true
                 << QVariant(0.0) << QVariant(100.0) << QVariant(0.1) << "8" << no << no << no;
    row("float default 2.5") << "FLOAT"
                             << R"(["FLOAT", {"default": 2.5}])" << Kind::Float << true << none << none << none << "2.5"
                             << no << no << no;
    row("numbers as strings") << "FLOAT"
                              << R"(["FLOAT", {"default": "0.75", "min": "0", "max": "1"}])" << Kind::Float << true
                              << QVariant(0.0) << QVariant(1.0) << none << "0.75" << no << no << no;
    row("min above max dropped") << "INT"
                                 << R"(["INT", {"min": 10, "max": 1, "step": -1}])" << Kind::Int << true << none << none
                                 << none << "" << no << no << no;
    row("int without bounds keeps kind") << "INT"
                                         << "" << Kind::Int << false << none << none << none << "" << no << no << no;
    row("int bare object") << "INT"
                           << R"({"min": 1})" << Kind::Int << true << QVariant(1.0) << none << none << "" << no << no
                           << no;
    row("list (docs)") << "LIST" << listData << Kind::List << true << none << none << none << "flux-pro"
                       << sl("flux-pro|flux-dev") << sl("flux-pro|flux-dev") << no;
    row("list without name") << "LIST"
                             << R"([{"index":"a"},{"index":"b","name":"Bee"}])" << Kind::List << true << none << none
                             << none << "" << sl("a|b") << sl("a|Bee") << no;
    row("list numeric indexes") << "LIST"
                                << R"([{"index":1.0},{"index":2.5},{"default":1.0,"description":"忽略"}])" << Kind::List
                                << true << none << none << none << "1" << sl("1|2.5") << sl("1|2.5") << no;
    row("list string index 1.0 kept") << "LIST"
                                      << R"([{"index":"1.0"},{"index":"1.5"}])" << Kind::List << true << none << none
                                      << none << "" << sl("1.0|1.5") << sl("1.0|1.5") << no;
    row("list comfy combo") << "LIST"
                            << R"([["euler", "dpmpp_2m"], {"default": "euler"}])" << Kind::List << true << none << none
                            << none << "euler" << sl("euler|dpmpp_2m") << sl("euler|dpmpp_2m") << no;
    row("list comfy combo (real aspectRatio)")
        << "LIST"
        << R"([["empty", "3:2", "1:1", "2:3", "5:4", "4:5", "16:9", "9:16", "21:9", "3:4", "4:3"], {"default": "empty"}])"
        << Kind::List << true << none << none << none << "empty"
        << sl("empty|3:2|1:1|2:3|5:4|4:5|16:9|9:16|21:9|3:4|4:3")
        << sl("empty|3:2|1:1|2:3|5:4|4:5|16:9|9:16|21:9|3:4|4:3") << no;
    row("switch (docs)") << "SWITCH" << switchData << Kind::Switch << true << none << none << none << "" << sl("1|2")
                         << sl("input1|input2") << no;
    row("switch string indexes 2.0") << "SWITCH"
                                     << R"([{"index":"1.0"},{"index":"2.0"},{"default":"2.0"}])" << Kind::Switch << true
                                     << none << none << none << "2" << sl("1|2") << sl("1|2") << no;
    row("list only default entry") << "LIST"
                                   << R"([{"default":"x","description":"忽略"}])" << Kind::Text << false << none << none
                                   << none << "x" << no << no << no;
    row("list empty array") << "LIST"
                            << "[]" << Kind::Text << false << none << none << none << "" << no << no << no;
    row("switch not json") << "SWITCH"
                           << "input1,input2" << Kind::Text << false << none << none << none << "" << no << no << no;
    row("image (docs)") << "IMAGE"
                        << R"([["example.png", "keep_this_dic"], {"image_upload": true}])" << Kind::Image << true
                        << none << none << none << "" << no << no << sl("example.png|keep_this_dic");
    row("video") << "VIDEO"
                 << R"([["a.mp4"], {"video_upload": true}])" << Kind::Video << true << none << none << none << "" << no
                 << no << sl("a.mp4");
    row("audio junk keeps kind") << "AUDIO"
                                 << R"({"x":1})" << Kind::Audio << false << none << none << none << "" << no << no
                                 << no;
    row("image empty samples") << "IMAGE"
                               << R"([[], {"image_upload": true}])" << Kind::Image << true << none << none << none << ""
                               << no << no << no;
    row("unknown type") << "BOOLEAN"
                        << R"(["STRING", {"default": "x", "multiline": true}])" << Kind::Text << false << none << none
                        << none << "" << no << no << no;
    row("empty type") << ""
                      << "" << Kind::Text << false << none << none << none << "" << no << no << no;
}

void TestFieldSpec::parse()
{
    QFETCH(QString, type);
    QFETCH(QString, data);
    const FieldSpec spec = FieldSpec::parse(type, data);
    QTEST(spec.kind, "kind");
    QTEST(spec.dataUnderstood, "understood");
    QTEST(opt(spec.minimum), "min");
    QTEST(opt(spec.maximum), "max");
    QTEST(opt(spec.step), "step");
    QTEST(spec.defaultValue, "defaultValue");
    QTEST(values(spec), "optionValues");
    QTEST(labels(spec), "optionLabels");
    QTEST(spec.sampleFiles, "samples");
}

void TestFieldSpec::listDetails()
{
    const FieldSpec spec = FieldSpec::parse(QStringLiteral("LIST"), QString::fromUtf8(listData));
    QCOMPARE(spec.options.size(), 2); // the 忽略 entry is the default, not a choice
    QCOMPARE(spec.options.at(0),
             (FieldOption{QStringLiteral("flux-pro"), QStringLiteral("flux-pro"), QStringLiteral("质量最好"), {}}));
    QCOMPARE(spec.options.at(1).description, QStringLiteral("开发版"));
}

void TestFieldSpec::realAppFields()
{
    const QJsonArray nodes =
        QJsonDocument::fromJson(rh::test::readData(QStringLiteral("fielddata_apicalldemo_nodes.json"))).array();
    QCOMPARE(nodes.size(), 10);
    const QList<Kind> expected{Kind::MultilineText, Kind::Int,   Kind::Int,   Kind::Float, Kind::List,
                               Kind::Switch,        Kind::Image, Kind::Video, Kind::Audio, Kind::Text};
    for (int i = 0; i < nodes.size(); ++i) {
        const QJsonObject node = nodes.at(i).toObject();
        rh::NodeField field;
        field.fieldType = node.value(QLatin1String("fieldType")).toString();
        field.fieldData = node.value(QLatin1String("fieldData")).toString();
        field.fieldValue = node.value(QLatin1String("fieldValue")).toString();
        const FieldSpec spec = FieldSpec::fromField(field);
        QCOMPARE(spec.kind, expected.at(i));
        QVERIFY2(spec.accepts(field.fieldValue), qPrintable(field.fieldType));
    }
}

void TestFieldSpec::tooltip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("data");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("CKPT (real shape)") << "CKPT"
                                       << R"([{},{"tooltip":"Checkpoint file to load."}])" << Kind::Text
                                       << "Checkpoint file to load.";
    QTest::newRow("LORA (real shape)") << "LORA"
                                       << R"([{},{"tooltip":"LoRA file to apply."}])" << Kind::Text
                                       << "LoRA file to apply.";
    QTest::newRow("string with tooltip") << "STRING"
                                         << R"(["STRING", {"multiline": true, "tooltip": "What to draw"}])"
                                         << Kind::MultilineText << "What to draw";
    QTest::newRow("combo with tooltip") << "LIST"
                                        << R"([["a", "b"], {"default": "a", "tooltip": " Sampler "}])" << Kind::List
                                        << "Sampler";
    QTest::newRow("bare object") << "CKPT"
                                 << R"({"tooltip": "x"})" << Kind::Text << "x";
    QTest::newRow("none") << "STRING"
                          << R"(["STRING", {"multiline": true}])" << Kind::MultilineText << "";
    QTest::newRow("tooltip not text") << "LORA"
                                      << R"([{},{"tooltip":7}])" << Kind::Text << "";
    QTest::newRow("blank tooltip") << "LORA"
                                   << R"([{},{"tooltip":"  "}])" << Kind::Text << "";
    QTest::newRow("not JSON") << "CKPT"
                              << "tooltip" << Kind::Text << "";
    QTest::newRow("empty") << "CKPT"
                           << "" << Kind::Text << "";
}

void TestFieldSpec::tooltip()
{
    QFETCH(QString, type);
    QFETCH(QString, data);
    const FieldSpec spec = FieldSpec::parse(type, data);
    QTEST(spec.kind, "kind");
    QTEST(spec.tooltip, "tooltip");
}

void TestFieldSpec::realReplyFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nodesKey");
    QTest::addColumn<QList<Kind>>("kinds");
    QTest::addColumn<QStringList>("tooltips");
    QTest::newRow("apiCallDemo, CKPT and LORA")
        << "real/apicalldemo-ckpt-lora.json"
        << "nodeInfoList" << QList<Kind>{Kind::Text, Kind::Text, Kind::MultilineText, Kind::MultilineText}
        << sl("Which checkpoint file the workflow loads.|Which LoRA file is laid over the model.||");
    QTest::newRow("apiCallDemo without webappName")
        << "real/apicalldemo-no-webappname.json"
        << "nodeInfoList" << QList<Kind>{Kind::MultilineText, Kind::Int, Kind::Text}
        << sl("||Which LoRA file is laid over the model.");
    QTest::newRow("app detail, combo LIST")
        << "real/webapp-detail-lite.json"
        << "inputNodes" << QList<Kind>{Kind::List, Kind::List, Kind::MultilineText} << sl("||");
}

void TestFieldSpec::realReplyFields()
{
    QFETCH(QString, file);
    QFETCH(QString, nodesKey);
    QFETCH(QList<Kind>, kinds);
    QFETCH(QStringList, tooltips);
    const QJsonArray nodes = QJsonDocument::fromJson(rh::test::readData(file))
                                 .object()
                                 .value(QLatin1String("data"))
                                 .toObject()
                                 .value(nodesKey)
                                 .toArray();
    QCOMPARE(nodes.size(), kinds.size());
    for (int i = 0; i < nodes.size(); ++i) {
        const QJsonObject node = nodes.at(i).toObject();
        rh::NodeField field;
        field.fieldType = node.value(QLatin1String("fieldType")).toString();
        field.fieldData = node.value(QLatin1String("fieldData")).toString();
        field.fieldValue = node.value(QLatin1String("fieldValue")).toString();
        const FieldSpec spec = FieldSpec::fromField(field);
        QCOMPARE(spec.kind, kinds.at(i));
        QCOMPARE(spec.tooltip, tooltips.at(i));
        QVERIFY2(spec.accepts(field.fieldValue), qPrintable(field.fieldType)); // the app's own values stay valid
    }
}

void TestFieldSpec::hostileNeverCrashes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("data");
    QTest::addColumn<Kind>("kind");
    const QString deep = QString(5000, QLatin1Char('[')) + QString(5000, QLatin1Char(']'));
    const QString huge = QStringLiteral("[\"STRING\", {\"default\": \"") + QString(2 * 1024 * 1024, QLatin1Char('x')) +
                         QStringLiteral("\"}]");
    QTest::newRow("deep list") << "LIST" << deep << Kind::Text;
    QTest::newRow("deep int") << "INT" << deep << Kind::Int;
    QTest::newRow("huge string") << "STRING" << huge << Kind::Text;
    QTest::newRow("huge list") << "LIST" << huge << Kind::Text;
    QTest::newRow("null") << "LIST"
                          << "null" << Kind::Text;
    QTest::newRow("number") << "SWITCH"
                            << "42" << Kind::Text;
    QTest::newRow("string json") << "IMAGE"
                                 << "\"a.png\"" << Kind::Image;
    QTest::newRow("options wrong types") << "LIST"
                                         << R"([1, "a", null, true, {"index": null}, {"index": [1]}])" << Kind::Text;
    QTest::newRow("index object") << "SWITCH"
                                  << R"([{"index": {"a": 1}, "name": 5}])" << Kind::Text;
    QTest::newRow("min as object") << "FLOAT"
                                   << R"(["FLOAT", {"min": {}, "max": [], "default": {}}])" << Kind::Float;
    QTest::newRow("nan-ish") << "FLOAT"
                             << R"(["FLOAT", {"min": "nan", "max": "inf", "default": 1e400}])" << Kind::Float;
    QTest::newRow("truncated") << "IMAGE"
                               << R"([["a.png", {"image_upl)" << Kind::Image;
    QTest::newRow("invalid utf8 text") << "LIST" << QString::fromLatin1("\xff\xfe[{") << Kind::Text;
}

void TestFieldSpec::hostileNeverCrashes()
{
    QFETCH(QString, type);
    QFETCH(QString, data);
    const FieldSpec spec = FieldSpec::parse(type, data);
    QTEST(spec.kind, "kind");
    QVERIFY(!spec.dataUnderstood || spec.isNumber() || spec.isMedia());
    QVERIFY(!spec.minimum || qIsFinite(*spec.minimum));
    QVERIFY(!spec.maximum || qIsFinite(*spec.maximum));
    QVERIFY(spec.defaultValue.size() < 1024);
    spec.accepts(QStringLiteral("1"));
    spec.labelFor(QStringLiteral("1"));
}

void TestFieldSpec::normaliseValue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("switch 2.0") << "SWITCH" << switchData << "2.0"
                                << "2";
    QTest::newRow("switch 1.00") << "SWITCH" << switchData << "1.00"
                                 << "1";
    QTest::newRow("switch 2") << "SWITCH" << switchData << "2"
                              << "2";
    QTest::newRow("switch 2.5 kept") << "SWITCH" << switchData << "2.5"
                                     << "2.5";
    QTest::newRow("int 20.0") << "INT"
                              << R"(["INT", {}])"
                              << "20.0"
                              << "20";
    QTest::newRow("int -3.000") << "INT"
                                << R"(["INT", {}])"
                                << "-3.000"
                                << "-3";
    QTest::newRow("int trailing dot kept") << "INT"
                                           << R"(["INT", {}])"
                                           << "3."
                                           << "3.";
    QTest::newRow("int text kept") << "INT"
                                   << R"(["INT", {}])"
                                   << "a.0"
                                   << "a.0";
    QTest::newRow("float 2.0 kept") << "FLOAT"
                                    << R"(["FLOAT", {}])"
                                    << "2.0"
                                    << "2.0";
    QTest::newRow("list numeric 1.0") << "LIST"
                                      << R"([{"index":1},{"index":2}])"
                                      << "1.0"
                                      << "1";
    QTest::newRow("list string 1.0 exact") << "LIST"
                                           << R"([{"index":"1.0"},{"index":"2"}])"
                                           << "1.0"
                                           << "1.0";
    QTest::newRow("list unknown kept") << "LIST" << listData << "flux-max"
                                       << "flux-max";
    QTest::newRow("text untouched") << "STRING"
                                    << ""
                                    << "2.0"
                                    << "2.0";
}

void TestFieldSpec::normaliseValue()
{
    QFETCH(QString, type);
    QFETCH(QString, data);
    QFETCH(QString, value);
    QTEST(FieldSpec::parse(type, data).normaliseValue(value), "expected");
}

void TestFieldSpec::accepts_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    const QString steps = QStringLiteral(R"(["INT", {"default": 20, "min": 1, "max": 100}])");
    const QString seed = QStringLiteral(R"(["INT", {"min": 0, "max": 18446744073709551615}])");
    const QString cfg = QStringLiteral(R"(["FLOAT", {"min": 0.0, "max": 30.0}])");
    QTest::newRow("int in range") << "INT" << steps << "20" << true;
    QTest::newRow("int min") << "INT" << steps << "1" << true;
    QTest::newRow("int above max") << "INT" << steps << "200" << false;
    QTest::newRow("int below min") << "INT" << steps << "0" << false;
    QTest::newRow("int 20.0") << "INT" << steps << "20.0" << true;
    QTest::newRow("int fraction") << "INT" << steps << "20.5" << false;
    QTest::newRow("int text") << "INT" << steps << "twenty" << false;
    QTest::newRow("int empty") << "INT" << steps << "" << false;
    QTest::newRow("seed huge") << "INT" << seed << "18446744073709551615" << true;
    QTest::newRow("seed 19 digits") << "INT" << seed << "1125899906842624000" << true;
    QTest::newRow("seed negative") << "INT" << seed << "-1" << false;
    QTest::newRow("int no bounds") << "INT"
                                   << ""
                                   << "-99999" << true;
    QTest::newRow("float in range") << "FLOAT" << cfg << "3.5" << true;
    QTest::newRow("float above") << "FLOAT" << cfg << "30.01" << false;
    QTest::newRow("float inf") << "FLOAT"
                               << ""
                               << "inf" << false;
    QTest::newRow("float text") << "FLOAT" << cfg << "abc" << false;
    QTest::newRow("list option") << "LIST" << listData << "flux-dev" << true;
    QTest::newRow("list label not value") << "LIST"
                                          << R"([{"name":"Bee","index":"b"}])"
                                          << "Bee" << false;
    QTest::newRow("list gone") << "LIST" << listData << "flux-schnell" << false;
    QTest::newRow("list ignore entry not option") << "LIST" << listData << "忽略" << false;
    QTest::newRow("switch 2.0") << "SWITCH" << switchData << "2.0" << true;
    QTest::newRow("switch 3") << "SWITCH" << switchData << "3" << false;
    QTest::newRow("text anything") << "STRING"
                                   << ""
                                   << "" << true;
    QTest::newRow("unknown anything") << "WHATEVER"
                                      << ""
                                      << "x" << true;
    QTest::newRow("image file") << "IMAGE"
                                << ""
                                << "api/abc.png" << true;
    QTest::newRow("image empty") << "IMAGE"
                                 << ""
                                 << " " << false;
}

void TestFieldSpec::accepts()
{
    QFETCH(QString, type);
    QFETCH(QString, data);
    QFETCH(QString, value);
    QTEST(FieldSpec::parse(type, data).accepts(value), "accepted");
}

void TestFieldSpec::labelFor()
{
    const FieldSpec list =
        FieldSpec::parse(QStringLiteral("LIST"), QStringLiteral(R"([{"name":"Bee","index":"b"},{"index":"c"}])"));
    QCOMPARE(list.labelFor(QStringLiteral("b")), QStringLiteral("Bee"));
    QCOMPARE(list.labelFor(QStringLiteral("c")), QStringLiteral("c"));
    QCOMPARE(list.labelFor(QStringLiteral("gone")), QStringLiteral("gone")); // shown as-is, flagged by accepts()
    const FieldSpec sw = FieldSpec::parse(QStringLiteral("SWITCH"), QString::fromUtf8(switchData));
    QCOMPARE(sw.labelFor(QStringLiteral("2.0")), QStringLiteral("input2"));
    QCOMPARE(sw.indexOfValue(QStringLiteral("2")), 1);
    QCOMPARE(sw.indexOfValue(QStringLiteral("7")), -1);
    QCOMPARE(FieldSpec::parse(QStringLiteral("INT"), QString()).labelFor(QStringLiteral("5")), QStringLiteral("5"));
}

void TestFieldSpec::fromFieldFallsBackToValue()
{
    rh::NodeField field;
    field.fieldType = QStringLiteral("SWITCH");
    field.fieldData = QString::fromUtf8(switchData);
    field.fieldValue = QStringLiteral("2.0");
    QCOMPARE(FieldSpec::fromField(field).defaultValue, QStringLiteral("2"));
    field.fieldType = QStringLiteral("LIST");
    field.fieldData = QString::fromUtf8(listData);
    field.fieldValue = QStringLiteral("flux-dev");
    QCOMPARE(FieldSpec::fromField(field).defaultValue, QStringLiteral("flux-pro")); // fieldData's default wins
}

void TestFieldSpec::checkLocalFile_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<FieldSpec::FileCheck>("result");
    using C = FieldSpec::FileCheck;
    const qint64 limit = FieldSpec::maxUploadBytes;
    QTest::newRow("png") << "IMAGE"
                         << "/srv/a.png" << qint64(1000) << C::Ok;
    QTest::newRow("JPEG upper") << "IMAGE"
                                << "/srv/猫.JPEG" << qint64(1000) << C::Ok;
    QTest::newRow("webp at limit") << "IMAGE"
                                   << "x.webp" << limit << C::Ok;
    QTest::newRow("too large") << "IMAGE"
                               << "x.jpg" << limit + 1 << C::TooLarge;
    QTest::newRow("empty file") << "IMAGE"
                                << "x.jpg" << qint64(0) << C::Empty;
    QTest::newRow("gif") << "IMAGE"
                         << "x.gif" << qint64(10) << C::WrongType;
    QTest::newRow("no extension") << "IMAGE"
                                  << "png" << qint64(10) << C::WrongType;
    QTest::newRow("video mkv") << "VIDEO"
                               << "v.mkv" << qint64(10) << C::Ok;
    QTest::newRow("video png") << "VIDEO"
                               << "v.png" << qint64(10) << C::WrongType;
    QTest::newRow("audio flac") << "AUDIO"
                                << "a.flac" << qint64(10) << C::Ok;
    QTest::newRow("audio mp4") << "AUDIO"
                               << "a.mp4" << qint64(10) << C::WrongType;
    QTest::newRow("text") << "STRING"
                          << "a.png" << qint64(10) << C::NotMedia;
}

void TestFieldSpec::checkLocalFile()
{
    QFETCH(QString, type);
    QFETCH(QString, file);
    QFETCH(qint64, size);
    const FieldSpec spec = FieldSpec::parse(type, QString());
    QTEST(spec.checkLocalFile(file, size), "result");
    if (spec.isMedia())
        QVERIFY(!FieldSpec::uploadFileType(spec.kind).isEmpty());
}

void TestFieldSpec::checkNumber_data()
{
    QTest::addColumn<QString>("fieldType");
    QTest::addColumn<QString>("fieldData");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("check");
    using Check = FieldSpec::NumberCheck;
    const QString steps = QStringLiteral(R"(["INT", {"default": 20, "min": 1, "max": 50}])");
    const QString cfg = QStringLiteral(R"(["FLOAT", {"min": 1.0, "max": 30.0, "step": 0.5}])");
    QTest::newRow("in range") << "INT" << steps << "20" << int(Check::Ok);
    QTest::newRow("bounds are in") << "INT" << steps << "50" << int(Check::Ok);
    QTest::newRow("200 into 1-50 (issue 16)") << "INT" << steps << "200" << int(Check::AboveMaximum);
    QTest::newRow("below") << "INT" << steps << "0" << int(Check::BelowMinimum);
    QTest::newRow("1.5 is not whole") << "INT" << steps << "1.5" << int(Check::NotWhole);
    QTest::newRow("2.0 is whole") << "INT" << steps << "2.0" << int(Check::Ok);
    QTest::newRow("letters") << "INT" << steps << "abc" << int(Check::NotANumber);
    QTest::newRow("empty") << "INT" << steps << "" << int(Check::NotANumber);
    QTest::newRow("full-width digits") << "INT" << steps << "２０" << int(Check::NotANumber);
    QTest::newRow("seed beyond int64") << "INT"
                                       << R"(["INT", {"min": 0, "max": 18446744073709551615}])"
                                       << "18446744073709551615" << int(Check::Ok);
    QTest::newRow("no bounds") << "INT"
                               << ""
                               << "-7" << int(Check::Ok);
    QTest::newRow("float in range") << "FLOAT" << cfg << "7.5" << int(Check::Ok);
    QTest::newRow("float above") << "FLOAT" << cfg << "30.5" << int(Check::AboveMaximum);
    QTest::newRow("float letters") << "FLOAT" << cfg << "7,5x" << int(Check::NotANumber);
    QTest::newRow("float inf") << "FLOAT" << cfg << "inf" << int(Check::NotANumber);
    QTest::newRow("text is always ok") << "STRING"
                                       << ""
                                       << "anything" << int(Check::Ok);
}

void TestFieldSpec::checkNumber()
{
    QFETCH(QString, fieldType);
    QFETCH(QString, fieldData);
    QFETCH(QString, typed);
    QFETCH(int, check);
    QCOMPARE(int(FieldSpec::parse(fieldType, fieldData).checkNumber(typed)), check);
}

void TestFieldSpec::optionDescriptionInEnglish()
{
    const FieldSpec spec = FieldSpec::parse(
        QStringLiteral("SWITCH"),
        QStringLiteral(R"([{"name":"input1","index":1.0,"description":"原图比例","descriptionEn":"Original ratio"},)"
                       R"({"name":"input2","index":2.0,"description":"竖版 3:4"}])"));
    QCOMPARE(spec.options.size(), 2);
    QCOMPARE(spec.options.at(0).descriptionEn, QStringLiteral("Original ratio"));
    QCOMPARE(spec.options.at(0).description, QStringLiteral("原图比例"));
    QVERIFY(spec.options.at(1).descriptionEn.isEmpty());
    QCOMPARE(spec.options.at(1).value, QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestFieldSpec)
#include "tst_fieldspec.moc"
