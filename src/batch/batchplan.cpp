#include "batch/batchplan.h"

#include "batch/batchcell.h"
#include "model/fieldspec.h"

#include <QCoreApplication>
#include <QHash>

namespace rh {

namespace {

struct PlanContext
{
    const SheetTable &table;
    const BatchMapping &mapping;
    const QString &sheetFolder;
    QList<FieldSpec> specs;                     ///< per base input
    QHash<QPair<int, int>, QString> lostDigits; ///< (row index, column) → stored value
};

int inputIndex(const NodeFields &nodes, const BatchColumn &column)
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (column.isInput(nodes.at(i)))
            return i;
    }
    return -1;
}

void addProblem(BatchPlan &plan, BatchRun &run, int column, const QString &text)
{
    plan.problems.append(BatchProblem{run.sourceRow, column, text});
    ++run.problemCount;
}

void applyInput(BatchPlan &plan, BatchRun &run, const PlanContext &context, int column, const QString &cell)
{
    const int input = inputIndex(run.request.nodes, context.mapping.at(column));
    if (input < 0)
        return; // the app has no such input (any more): the column is ignored
    const BatchCellPlace place{run.sourceRow, context.table.header.value(column)};
    const BatchCell checked = checkBatchCell(context.specs.at(input), cell, place, context.sheetFolder);
    NodeField &node = run.request.nodes[input];
    if (!checked.problem.isEmpty()) {
        node.fieldValue = cell; // never sent: the preview and the manifest show what the sheet has
        addProblem(plan, run, column, checked.problem);
        return;
    }
    node.fieldValue = checked.value;
    if (!checked.localPath.isEmpty())
        run.media.append(MediaInput{node.nodeId, node.fieldName, checked.localPath, node.fieldType.toUpper()});
}

void applyCell(BatchPlan &plan, BatchRun &run, const PlanContext &context, int rowIndex, int column)
{
    const QString cell = context.table.rows.at(rowIndex).cells.value(column);
    const BatchCellPlace place{run.sourceRow, context.table.header.value(column)};
    const BatchColumn &mapped = context.mapping.at(column);
    const auto lost = context.lostDigits.constFind({rowIndex, column});
    if (mapped.role != BatchColumn::Role::Ignore && lost != context.lostDigits.constEnd()) {
        addProblem(plan, run, column, lostDigitsProblem(place, *lost));
        return;
    }
    switch (mapped.role) {
    case BatchColumn::Role::Ignore:
        return;
    case BatchColumn::Role::Input:
        applyInput(plan, run, context, column, cell);
        return;
    case BatchColumn::Role::Label:
        run.label = cell.trimmed();
        return;
    case BatchColumn::Role::InstanceType: {
        const BatchCell checked = checkInstanceTypeCell(cell, place);
        if (checked.problem.isEmpty())
            run.request.instanceType = checked.value;
        else
            addProblem(plan, run, column, checked.problem);
        return;
    }
    case BatchColumn::Role::WebhookUrl: {
        const BatchCell checked = checkWebhookCell(cell, place);
        if (checked.problem.isEmpty())
            run.request.webhookUrl = checked.value;
        else
            addProblem(plan, run, column, checked.problem);
        return;
    }
    }
}

} // namespace

int BatchPlan::goodCount() const
{
    int good = 0;
    for (const BatchRun &run : runs)
        good += run.ok() ? 1 : 0;
    return good;
}

BatchPlan planBatch(const SheetTable &table, const BatchMapping &mapping, const RunRequest &base,
                    const QString &sheetFolder)
{
    PlanContext context{table, mapping, sheetFolder, {}, {}};
    for (const NodeField &node : base.nodes)
        context.specs.append(FieldSpec::fromField(node));
    for (const SheetNote &note : table.notes) {
        if (note.kind == SheetNoteKind::NumberIdLostDigits && note.row >= 0)
            context.lostDigits.insert({note.row, note.column}, note.detail);
    }
    const int columns = int(qMin(mapping.size(), table.header.size()));
    BatchPlan plan;
    plan.runs.reserve(table.rows.size());
    for (int rowIndex = 0; rowIndex < table.rows.size(); ++rowIndex) {
        BatchRun run;
        run.sourceRow = table.rows.at(rowIndex).sourceRow;
        run.request = base;
        for (int column = 0; column < columns; ++column)
            applyCell(plan, run, context, rowIndex, column);
        plan.runs.append(run);
    }
    return plan;
}

QList<JobSpec> batchJobSpecs(const BatchPlan &plan, const QString &server, const QString &appName)
{
    QList<JobSpec> specs;
    for (const BatchRun &run : plan.runs) {
        if (!run.ok())
            continue;
        JobSpec spec;
        spec.server = server;
        spec.origin.kind = JobOrigin::Kind::Batch;
        spec.origin.batchRow = run.sourceRow;
        spec.label = !run.label.isEmpty() ? run.label
                                          : QCoreApplication::translate("rh::BatchCheck", "%1 · row %2")
                                                .arg(appName, QString::number(run.sourceRow));
        spec.appName = appName;
        spec.request = run.request;
        spec.media = run.media;
        specs.append(spec);
    }
    return specs;
}

QList<ManifestLine> skippedManifestLines(const BatchPlan &plan)
{
    QHash<int, QStringList> problems;
    for (const BatchProblem &problem : plan.problems)
        problems[problem.sourceRow].append(problem.text);
    QList<ManifestLine> lines;
    for (const BatchRun &run : plan.runs) {
        if (run.ok())
            continue;
        ManifestLine line;
        line.sourceRow = run.sourceRow;
        for (const NodeField &node : run.request.nodes)
            line.values.append(node.fieldValue);
        line.label = run.label;
        line.state = QStringLiteral("skipped");
        line.error = problems.value(run.sourceRow).join(QLatin1String("; "));
        lines.append(line);
    }
    return lines;
}

} // namespace rh
