#pragma once

/*
 * rhdesk preset files (Export / Import presets)
 * ============================================
 * A UTF-8 JSON document:
 *
 *   {
 *     "format": "rhdesk-presets",
 *     "version": 1,
 *     "presets": [
 *       {
 *         "name": "Blonde girl, plus machine",
 *         "webappId": "1877265245566922753",
 *         "appName": "Flux text to image",
 *         "instanceType": "plus",
 *         "webhookUrl": "",
 *         "favourite": false,
 *         "nodeInfoList": [
 *           { "nodeId": "122", "nodeName": "RH_Translator", "fieldName": "prompt",
 *             "fieldValue": "一个在教室里的金发女孩", "fieldType": "STRING",
 *             "fieldData": "[\"STRING\", {\"multiline\": true}]",
 *             "description": "提示词", "descriptionEn": "prompt" }
 *         ]
 *       }
 *     ]
 *   }
 *
 * - "webappId" is written as a string of decimal digits (ids have 19 digits and do not survive a double);
 *   a bare JSON integer is read exactly too.
 * - Every nodeInfoList member is a string. "nodeId" and "fieldName" are required and identify the input;
 *   "fieldValue" is what is submitted (for image/video/audio inputs: the server's fileName of the uploaded
 *   file). "fieldData" is optional (the app's description of the input, used for typed editors offline).
 * - Not in the file: the API key (never stored anywhere), local file paths, database ids and times.
 * - Readers refuse a file whose "version" is higher than they know, and import all presets or none: one
 *   broken entry rejects the whole file, naming the preset and member.
 *
 * Import also accepts what people paste from RunningHub's docs: a run request body
 *   {"apiKey": "…", "webappId": 1877265245566922753, "nodeInfoList": [...], "instanceType": "plus",
 *    "webhookUrl": "…"}   (webappId as number or string; apiKey is ignored and never stored)
 * or a bare nodeInfoList array [...]; each gives one unnamed preset.
 */

#include "model/preset.h"

#include <QByteArray>
#include <QString>

namespace rh {

/// The outcome of reading presets from bytes: all of them, or an error and none.
struct PresetImport
{
    enum class Error {
        None,
        TooLarge,      ///< more than maxPresetFileBytes
        NotJson,       ///< not parseable JSON (includes absurd nesting)
        NotPresetFile, ///< JSON, but neither an rhdesk preset file nor a request body / nodeInfoList
        NewerVersion,  ///< an rhdesk preset file from a newer rhdesk
        BadContent,    ///< a member is missing or of the wrong type: see presetIndex / nodeIndex / member
    };

    Error error = Error::None;
    int presetIndex = -1; ///< BadContent: 0-based preset in the file, -1 for the file's own members
    int nodeIndex = -1;   ///< BadContent: 0-based nodeInfoList row, -1 when the preset's own member
    QString member;       ///< BadContent: the JSON member at fault ("webappId", "nodeInfoList", "fieldValue", …)
    int version = 0;      ///< NewerVersion: the file's version
    Presets presets;      ///< empty unless error == None

    bool ok() const { return error == Error::None; }
};

constexpr int presetFileVersion = 1;
constexpr qsizetype maxPresetFileBytes = 32 * 1024 * 1024;

/// The rhdesk preset file (above) for @p presets, indented UTF-8.
QByteArray exportPresets(const Presets &presets);

/// Reads an rhdesk preset file. All or nothing.
PresetImport importPresets(const QByteArray &bytes);

/// Reads a pasted run request body or bare nodeInfoList into one preset (name ""). The apiKey is dropped.
PresetImport importRequestBody(const QByteArray &bytes);

/// importPresets() when the bytes say they are an rhdesk preset file, otherwise importRequestBody().
PresetImport importAnyPresets(const QByteArray &bytes);

} // namespace rh
