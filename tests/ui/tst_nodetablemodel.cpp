// The node table's model: row operations, problem marks, option labels and values the app does not offer.
#include "form/nodetablemodel.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace rh;

namespace {

NodeField listField(const QString &value)
{
    NodeField field{QStringLiteral("12"),
                    QStringLiteral("Model"),
                    QStringLiteral("model"),
                    value,
                    QStringLiteral("LIST"),
                    QStringLiteral(R"([{"name":"Flux Pro","index":"flux-pro","description":"best"},)"
                                   R"({"index":"flux-dev"},{"default":"flux-pro","description":"忽略"}])"),
                    QStringLiteral("模型"),
                    QStringLiteral("Model")};
    return field;
}

NodeFields threeRows()
{
    NodeFields rows;
    for (const char *id : {"1", "2", "3"}) {
        NodeField field;
        field.nodeId = QString::fromLatin1(id);
        field.fieldName = QStringLiteral("f") + field.nodeId;
        field.fieldValue = QStringLiteral("v") + field.nodeId;
        rows.append(field);
    }
    return rows;
}

QStringList ids(const NodeTableModel &model)
{
    QStringList out;
    for (const NodeField &field : model.fields())
        out.append(field.nodeId);
    return out;
}

} // namespace

class TestNodeTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void rowOperations()
    {
        Draft draft;
        NodeTableModel model(&draft);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFields(threeRows());
        QVERIFY(model.moveRowBy(0, 1));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("3")}));
        QVERIFY(model.moveRowBy(2, -2));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
        QVERIFY(!model.moveRowBy(0, -1));
        model.duplicateRow(1);
        QCOMPARE(ids(model),
                 (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("1")}));
        QVERIFY(model.removeRows(1, 2));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("3"), QStringLiteral("1")}));
        const int row = model.insertField(1);
        QCOMPARE(row, 1);
        QVERIFY(model.setData(model.index(1, NodeTableModel::NodeIdColumn), QStringLiteral("7")));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("3"), QStringLiteral("7"), QStringLiteral("1")}));
        QVERIFY(!(model.flags(model.index(0, NodeTableModel::LabelColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, NodeTableModel::ValueColumn)) & Qt::ItemIsEditable);
    }

    void problemsMarkAndClearOnEdit()
    {
        Draft draft;
        NodeTableModel model(&draft);
        model.setFields(threeRows());
        model.setProblems({{1, QStringLiteral("Value bigger than max")}});
        QVERIFY(model.hasProblem(1));
        QVERIFY(!model.hasProblem(0));
        QCOMPARE(model.index(1, NodeTableModel::LabelColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Value bigger than max"));
        QVERIFY(model.index(1, NodeTableModel::ValueColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, NodeTableModel::LabelColumn).data(Qt::DecorationRole).isNull());
        model.setFieldValue(1, QStringLiteral("fixed"));
        QVERIFY(!model.hasProblem(1));
    }

    void optionsShowNamesAndKeepIndexes()
    {
        Draft draft;
        NodeTableModel model(&draft);
        model.setFields({listField(QStringLiteral("flux-pro"))});
        QCOMPARE(model.index(0, NodeTableModel::ValueColumn).data().toString(), QStringLiteral("Flux Pro"));
        QCOMPARE(model.index(0, NodeTableModel::ValueColumn).data(Qt::EditRole).toString(), QStringLiteral("flux-pro"));
        QVERIFY(!model.index(0, NodeTableModel::ValueColumn).data(Qt::BackgroundRole).isValid());
    }

    void valueNotOfferedStaysAndIsFlagged()
    {
        Draft draft;
        NodeTableModel model(&draft);
        model.setFields({listField(QStringLiteral("sdxl"))});
        QCOMPARE(model.index(0, NodeTableModel::ValueColumn).data().toString(), QStringLiteral("sdxl"));
        QCOMPARE(model.fields().first().fieldValue, QStringLiteral("sdxl"));
        QVERIFY(model.index(0, NodeTableModel::ValueColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, NodeTableModel::ValueColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("sdxl")));
    }

    void multilineCellShowsFirstLineWithText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("two lines") << "a cat\non a mat"
                                   << "a cat …";
        QTest::newRow("blank first lines") << "\n\na cat\non a mat"
                                           << "a cat …";
        QTest::newRow("blank lines around one line") << "\n  \n a cat \n\n"
                                                     << "a cat";
        QTest::newRow("CRLF") << "\r\na cat\r\nmore"
                              << "a cat …";
        QTest::newRow("only blank lines") << "\n \n"
                                          << "";
        QTest::newRow("single line stays whole") << "  a cat  "
                                                 << "  a cat  ";
    }

    void multilineCellShowsFirstLineWithText()
    {
        QFETCH(QString, value);
        Draft draft;
        NodeTableModel model(&draft);
        NodeField field;
        field.nodeId = QStringLiteral("18");
        field.fieldName = QStringLiteral("prompt");
        field.fieldType = QStringLiteral("STRING");
        field.fieldValue = value;
        model.setFields({field});
        const QModelIndex cell = model.index(0, NodeTableModel::ValueColumn);
        QTEST(cell.data(Qt::DisplayRole).toString(), "shown");
        QCOMPARE(cell.data(Qt::EditRole).toString(), value); // the editor gets the whole text
        if (value.contains(QLatin1Char('\n')))
            QCOMPARE(cell.data(Qt::ToolTipRole).toString(), value);
    }

    void realPromptStartingWithBlankLines()
    {
        // A prompt shaped like a real app's (tests/data/real/webapp-detail-lite.json) starts with two newlines.
        const QJsonArray nodes = QJsonDocument::fromJson(test::readData(QStringLiteral("real/webapp-detail-lite.json")))
                                     .object()
                                     .value(QLatin1String("data"))
                                     .toObject()
                                     .value(QLatin1String("inputNodes"))
                                     .toArray();
        const QJsonObject prompt = nodes.at(2).toObject();
        NodeField field;
        field.nodeId = prompt.value(QLatin1String("nodeId")).toString();
        field.fieldName = prompt.value(QLatin1String("fieldName")).toString();
        field.fieldType = prompt.value(QLatin1String("fieldType")).toString();
        field.fieldData = prompt.value(QLatin1String("fieldData")).toString();
        field.fieldValue = prompt.value(QLatin1String("fieldValue")).toString();
        QVERIFY(field.fieldValue.startsWith(QLatin1String("\n\n")));
        Draft draft;
        NodeTableModel model(&draft);
        model.setFields({field});
        const QModelIndex cell = model.index(0, NodeTableModel::ValueColumn);
        QCOMPARE(cell.data().toString(), QString::fromUtf8("为一款手工茶饮品牌绘制一张竖版节气海报「谷雨·新茶」。 …"));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), field.fieldValue);
        QCOMPARE(cell.data(Qt::EditRole).toString(), field.fieldValue);
    }

    void nodeTooltipOnValue()
    {
        NodeField ckpt;
        ckpt.nodeId = QStringLiteral("4");
        ckpt.fieldName = QStringLiteral("ckpt_name");
        ckpt.fieldValue = QStringLiteral("realistic_portrait_v3.safetensors");
        ckpt.fieldType = QStringLiteral("CKPT");
        ckpt.fieldData = QStringLiteral(R"([{},{"tooltip":"Checkpoint file to load."}])");
        Draft draft;
        NodeTableModel model(&draft);
        model.setFields({ckpt});
        const QModelIndex cell = model.index(0, NodeTableModel::ValueColumn);
        QCOMPARE(cell.data().toString(), ckpt.fieldValue);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Checkpoint file to load."));
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid()); // an unknown type is never flagged
    }

    void uploadStatesCounted()
    {
        Draft draft;
        NodeTableModel model(&draft);
        model.setFields(threeRows());
        model.setMedia(0, QStringLiteral("/x.png"), {}, NodeTableModel::Upload::Uploading);
        model.setMedia(2, QStringLiteral("/y.png"), {}, NodeTableModel::Upload::Failed);
        QCOMPARE(model.countUploads(NodeTableModel::Upload::Uploading), 1);
        QCOMPARE(model.countUploads(NodeTableModel::Upload::Failed), 1);
        model.setMedia(0, QStringLiteral("/x.png"), {}, NodeTableModel::Upload::Done);
        QCOMPARE(model.countUploads(NodeTableModel::Upload::Uploading), 0);
        QCOMPARE(model.mediaPath(0), QStringLiteral("/x.png"));
    }
};

QTEST_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"
