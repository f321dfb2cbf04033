// The datasets panel asks for actions through signals (it changes nothing itself), enables
// only the actions that apply, and paints names, provenance and warnings legibly.
#include <views/datasetspanel.h>

#include <model/datasetregistry.h>
#include <views/appfonts.h>

#include <QImage>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

DatasetEntry entry(const QString &name, bool builtin, int warnings = 0)
{
    DatasetEntry e;
    e.name = name;
    e.builtin = builtin;
    e.path = builtin ? QString() : QStringLiteral("/home/analyst/") + name;
    e.cube = std::make_shared<const ObservationCube>();
    e.provenance = builtin ? QStringList{QStringLiteral("MOHW / KHIDI 2009–2024 (built-in)")}
                           : QStringList{QStringLiteral("file: /home/analyst/") + name,
                                         QStringLiteral("CP949, ',' · wide · 48 rows → 192 observations")};
    for (int i = 0; i < warnings; ++i)
        e.warnings << QStringLiteral("line %1: negative count").arg(i + 2);
    return e;
}

struct Fixture {
    DatasetRegistry registry{nullptr};
    std::unique_ptr<DatasetsPanel> panel;
    Fixture()
    {
        installApplicationFonts();
        registry.add(entry(QStringLiteral("Built-in MOHW / KHIDI"), true));
        registry.add(entry(QStringLiteral("외국인환자_국적별.csv"), false, 3));
        panel = std::make_unique<DatasetsPanel>(&registry, nullptr);
        panel->resize(360, 320);
    }
};

}  // namespace

TEST(DatasetsPanel, buttonsEmitTheSelectedRow)
{
    Fixture f;
    QSignalSpy activate(f.panel.get(), &DatasetsPanel::activateRequested);
    QSignalSpy reload(f.panel.get(), &DatasetsPanel::reloadRequested);
    QSignalSpy remove(f.panel.get(), &DatasetsPanel::removeRequested);
    f.panel->setCurrentRow(1);
    f.panel->activateButton()->click();
    f.panel->reloadButton()->click();
    f.panel->removeButton()->click();
    ASSERT_EQ(activate.count(), 1);
    ASSERT_EQ(reload.count(), 1);
    ASSERT_EQ(remove.count(), 1);
    EXPECT_EQ(activate.first().at(0).toInt(), 1);
    EXPECT_EQ(reload.first().at(0).toInt(), 1);
    EXPECT_EQ(remove.first().at(0).toInt(), 1);
    EXPECT_EQ(f.registry.rowCount(), 2) << "the panel asks; it removes nothing itself";
}

TEST(DatasetsPanel, builtinCanBeNeitherRemovedNorReloaded)
{
    Fixture f;
    f.panel->setCurrentRow(0);
    EXPECT_FALSE(f.panel->removeButton()->isEnabled());
    EXPECT_FALSE(f.panel->reloadButton()->isEnabled());
    EXPECT_FALSE(f.panel->activateButton()->isEnabled()) << "the built-in one is already active";
    f.panel->setCurrentRow(1);
    EXPECT_TRUE(f.panel->removeButton()->isEnabled());
    EXPECT_TRUE(f.panel->activateButton()->isEnabled());
    f.registry.setActive(1);
    EXPECT_FALSE(f.panel->activateButton()->isEnabled()) << "follows the registry";
}

TEST(DatasetsPanel, doubleClickAsksToActivate)
{
    Fixture f;
    QSignalSpy activate(f.panel.get(), &DatasetsPanel::activateRequested);
    emit f.panel->listView()->doubleClicked(f.registry.index(1));
    ASSERT_EQ(activate.count(), 1);
    EXPECT_EQ(activate.first().at(0).toInt(), 1);
}

TEST(DatasetsPanel, rowsAreTallEnoughForProvenanceAndWarnings)
{
    Fixture f;
    f.panel->show();
    const QRect builtin = f.panel->listView()->visualRect(f.registry.index(0));
    const QRect file = f.panel->listView()->visualRect(f.registry.index(1));
    EXPECT_GT(file.height(), builtin.height()) << "two provenance lines and a warning line";
    EXPECT_GE(file.height(), 3 * f.panel->fontMetrics().height());
    const QImage image = f.panel->grab().toImage();
    EXPECT_EQ(image.size(), f.panel->size() * image.devicePixelRatio());
    if (!qEnvironmentVariableIsEmpty("MEDTOUR_SCREENSHOT_DIR"))
        image.save(qEnvironmentVariable("MEDTOUR_SCREENSHOT_DIR") + QStringLiteral("/datasetspanel.png"));
}
