#pragma once

#include "model/presetbatch.h"

#include <QByteArray>

namespace rh {

/*
 * A preset's batch in the presets table's batch_json column ("" for a plain preset):
 *
 *   {"version": 1, "sheetPath": "/home/ann/Work/prompts.xlsx", "sheetName": "Week 12", "encoding": "",
 *    "skipProblems": true,
 *    "columns": [{"header": "Prompt", "feeds": "input:6:text"}, {"header": "Notes", "feeds": ""}]}
 *
 * "version" says which layout this is: a reader that meets a newer one keeps the preset's values and drops the
 * batch (with a log line), so a preset saved by a newer rhdesk still loads. Never holds the API key.
 */
constexpr int presetBatchFormatVersion = 1;

/// The batch_json text for @p batch; "" when it is empty.
QByteArray presetBatchToJson(const PresetBatch &batch);

/// Reads batch_json: "" gives an empty batch. @p ok (when given) is false for unreadable JSON or a version newer
/// than presetBatchFormatVersion; the batch is then empty and keeps the text in `unreadable`.
PresetBatch presetBatchFromJson(const QByteArray &json, bool *ok = nullptr);

} // namespace rh
