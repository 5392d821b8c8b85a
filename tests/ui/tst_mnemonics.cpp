// No Alt-letter twice among the controls seen together: the main window (each tab, Advanced open and closed, with
// the menu bar's titles), each menu, and each dialog the menus open, in English and in Chinese (the compiled
// translation, loaded the way the app loads it). Tool bar buttons show no mnemonic at all.
#include "form/advancedsection.h"
#include "form/requestform.h"
#include "mnemonics.h"
#include "testenv.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace rh;

namespace {

struct Control
{
    QChar letter;
    QString text;
    QString name;
};

void add(QList<Control> &controls, const QString &text, const QObject *owner)
{
    const QChar letter = Mnemonics::letterOf(text);
    if (!letter.isNull())
        controls.append({letter, text,
                         owner->objectName().isEmpty() ? QString::fromLatin1(owner->metaObject()->className())
                                                       : owner->objectName()});
}

/// The controls of @p top (a window or a dialog) that are visible now and answer to an Alt-letter.
QList<Control> visibleControls(QWidget *top)
{
    QList<Control> controls;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->window() != top || !w->isVisibleTo(top))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(controls, button->text(), button);
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(controls, label->text(), label);
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(controls, group->title(), group);
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(controls, tabs->tabText(i), tabs);
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *action : bar->actions()) {
                if (action->isVisible())
                    add(controls, action->text(), action->menu() ? static_cast<QObject *>(action->menu()) : action);
            }
        }
    }
    return controls;
}

QStringList clashes(const QList<Control> &controls, const QString &where)
{
    QStringList out;
    QHash<QChar, QList<Control>> byLetter;
    for (const Control &control : controls)
        byLetter[control.letter].append(control);
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QStringList names;
        for (const Control &control : *it)
            names.append(QStringLiteral("“%1” (%2)").arg(control.text, control.name));
        out.append(QStringLiteral("%1: Alt+%2 on %3").arg(where, it.key().toUpper(), names.join(QStringLiteral(", "))));
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList menuClashes(const QMenu *menu, const QString &where)
{
    QList<Control> controls;
    QStringList out;
    for (QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        add(controls, action->text(), action);
        if (action->menu())
            out +=
                menuClashes(action->menu(), where + QStringLiteral(" → ") + Mnemonics::withoutMnemonic(action->text()));
    }
    return clashes(controls, where) + out;
}

/// Triggers @p action and looks at the dialog it opens (modal or not), then closes it.
QStringList dialogClashes(QMainWindow *window, QAction *action)
{
    QStringList out;
    bool seen = false;
    const QString where = QStringLiteral("dialog of “%1”").arg(Mnemonics::withoutMnemonic(action->text()));
    const auto inspect = [&](QWidget *dialog) {
        seen = true;
        out = clashes(visibleControls(dialog), where);
        dialog->close();
    };
    // A modal dialog runs its own event loop inside trigger(): look from a timer. The timers belong to `pending`,
    // so none of them fires after this function has returned (a non-modal dialog returns at once).
    QObject pending;
    std::function<void(int)> poll = [&](int tries) {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            inspect(modal);
            return;
        }
        if (tries > 0)
            QTimer::singleShot(20, &pending, [&poll, tries] { poll(tries - 1); });
    };
    QTimer::singleShot(20, &pending, [&poll] { poll(200); });
    action->trigger();
    if (!seen) {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top != window && qobject_cast<QDialog *>(top) && top->isVisible())
                inspect(top);
        }
    }
    if (!seen)
        out.append(where + QStringLiteral(": no dialog opened"));
    QTest::qWait(50); // let the nested loop of a closed modal dialog end before the next one
    return out;
}

QStringList walk(test::WindowFixture &f)
{
    QStringList out;
    auto *tabs = f.window->findChild<QTabWidget *>();
    AdvancedSection *advanced = f.window->form()->advanced();
    for (const bool open : {false, true}) {
        advanced->setOpen(open);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QString where = QStringLiteral("main window, %1 tab%2")
                                      .arg(Mnemonics::withoutMnemonic(tabs->tabText(tab)),
                                           open ? QStringLiteral(", Advanced open") : QString());
            out += clashes(visibleControls(f.window.get()), where);
        }
    }
    advanced->setOpen(false);
    tabs->setCurrentIndex(0);
    for (QAction *title : f.window->menuBar()->actions())
        out += menuClashes(title->menu(), QStringLiteral("menu %1").arg(Mnemonics::withoutMnemonic(title->text())));
    for (auto *button : f.window->findChildren<QToolButton *>()) {
        if (button->menu() && button->objectName() != QLatin1String("qt_menubar_ext_button"))
            out += menuClashes(button->menu(), QStringLiteral("menu of %1").arg(button->objectName()));
    }
    for (const char *name : {"settingsAction", "savePresetAsMenuAction", "userGuideAction", "aboutAction"}) {
        auto *action = f.find<QAction>(name);
        if (!action)
            out.append(QStringLiteral("no action %1").arg(QLatin1String(name)));
        else
            out += dialogClashes(f.window.get(), action);
    }
    out.removeDuplicates();
    return out;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void cleanup();
    void stripped_data();
    void stripped();
    void noClashes_data();
    void noClashes();

private:
    QList<QTranslator *> m_translators;
};

void TestMnemonics::cleanup()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMnemonics::stripped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("letter");
    QTest::newRow("English") << "&Save"
                             << "Save"
                             << "s";
    QTest::newRow("inside") << "Save &as…"
                            << "Save as…"
                            << "a";
    QTest::newRow("Chinese") << "保存(&S)"
                             << "保存"
                             << "s";
    QTest::newRow("Chinese, ellipsis") << "另存为(&A)…"
                                       << "另存为…"
                                       << "a";
    QTest::newRow("full-width brackets") << "重命名（&R）"
                                         << "重命名"
                                         << "r";
    QTest::newRow("ampersand") << "Fish && &Chips"
                               << "Fish & Chips"
                               << "c";
    QTest::newRow("none") << "Save"
                          << "Save"
                          << "";
}

void TestMnemonics::stripped()
{
    QFETCH(QString, text);
    QFETCH(QString, letter);
    QTEST(Mnemonics::withoutMnemonic(text), "plain");
    QCOMPARE(QString(Mnemonics::letterOf(text).isNull() ? QString() : QString(Mnemonics::letterOf(text))), letter);
}

void TestMnemonics::noClashes_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en_US";
    QTest::newRow("zh_CN") << "zh_CN";
}

void TestMnemonics::noClashes()
{
    QFETCH(QString, language);
    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::Chinese) {
        // As app/main.cpp does: Qt's own words, then rhdesk's from the resources.
        auto *qt = new QTranslator;
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        auto *app = new QTranslator;
        QVERIFY2(app->load(locale, QStringLiteral("rhdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")),
                 "the compiled Chinese translation is in the resources");
        QCoreApplication::installTranslator(app);
        m_translators = {qt, app};
    }
    test::WindowFixture f;
    f.sandboxMode = true; // the demo app's form is loaded: every kind of input is on screen
    QVERIFY(f.open());
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));

    // Tool bar buttons show plain words: "保存", never "保存(S)".
    for (auto *bar : f.window->findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
            if (button && button->defaultAction() == action) // not a widget of its own, like "More"
                QVERIFY2(Mnemonics::letterOf(button->text()).isNull() && !button->text().contains(QLatin1Char('(')),
                         qPrintable(button->text()));
        }
    }

    // One line per clash, naming the texts and the widgets: Chinese ones are fixed in the translation (.ts).
    const QStringList found = walk(f);
    for (const QString &clash : found)
        qWarning().noquote() << language << clash;
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
