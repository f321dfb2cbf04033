// The registry of loaded datasets: the built-in one first and never removed, exactly one
// active entry, activeChanged on every change of the active cube.
#include <model/datasetregistry.h>

#include "fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

DatasetEntry fileEntry(const QString &name, int warnings = 0)
{
    DatasetEntry e;
    e.name = name;
    e.path = QStringLiteral("/data/") + name;
    e.cube = std::make_shared<const ObservationCube>();
    e.provenance = {QStringLiteral("file: ") + e.path, QStringLiteral("encoding: CP949")};
    for (int i = 0; i < warnings; ++i)
        e.warnings << QStringLiteral("warning %1").arg(i + 1);
    e.importOptions.insert(QStringLiteral("encoding"), QStringLiteral("CP949"));
    return e;
}

DatasetEntry builtinEntry()
{
    DatasetEntry e;
    e.name = QStringLiteral("Built-in");
    e.cube = test::builtinCubePtr();
    e.builtin = true;
    return e;
}

std::shared_ptr<const ObservationCube> lastActive(const QSignalSpy &spy)
{
    return spy.last().at(0).value<std::shared_ptr<const ObservationCube>>();
}

struct Fixture {
    DatasetRegistry registry{nullptr};
    QAbstractItemModelTester tester{&registry, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy active{&registry, &DatasetRegistry::activeChanged};
};

}  // namespace

TEST(DatasetRegistry, firstEntryBecomesActive)
{
    Fixture f;
    EXPECT_EQ(f.registry.add(builtinEntry()), 0);
    ASSERT_EQ(f.active.count(), 1);
    EXPECT_EQ(lastActive(f.active), test::builtinCubePtr());
    EXPECT_EQ(f.registry.activeRow(), 0);
    EXPECT_TRUE(f.registry.index(0).data(DatasetRegistry::IsActiveRole).toBool());
}

TEST(DatasetRegistry, builtinStaysFirstEvenWhenAddedLater)
{
    Fixture f;
    f.registry.add(fileEntry(QStringLiteral("a.csv")));
    EXPECT_EQ(f.registry.add(builtinEntry()), 0);
    EXPECT_EQ(f.registry.index(0).data(DatasetRegistry::NameRole).toString(), QStringLiteral("Built-in"));
    EXPECT_EQ(f.registry.index(1).data(DatasetRegistry::NameRole).toString(), QStringLiteral("a.csv"));
    EXPECT_EQ(f.registry.activeRow(), 1) << "the active entry follows its row";
    EXPECT_EQ(f.active.count(), 1);
}

TEST(DatasetRegistry, exposesProvenanceAndWarnings)
{
    Fixture f;
    f.registry.add(builtinEntry());
    const int row = f.registry.add(fileEntry(QStringLiteral("kosis.csv"), 2));
    const QModelIndex i = f.registry.index(row);
    EXPECT_EQ(i.data(DatasetRegistry::ProvenanceRole).toStringList().size(), 2);
    EXPECT_EQ(i.data(DatasetRegistry::WarningCountRole).toInt(), 2);
    EXPECT_TRUE(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("warning 2")));
    EXPECT_EQ(i.data(DatasetRegistry::PathRole).toString(), QStringLiteral("/data/kosis.csv"));
    EXPECT_EQ(f.registry.entry(row).importOptions.value(QStringLiteral("encoding")).toString(),
              QStringLiteral("CP949"));
    EXPECT_EQ(f.registry.rowOfPath(QStringLiteral("/data/kosis.csv")), row);
    EXPECT_EQ(f.registry.rowOfPath(QStringLiteral("/nowhere.csv")), -1);
}

TEST(DatasetRegistry, setActiveEmitsTheCubeOnce)
{
    Fixture f;
    f.registry.add(builtinEntry());
    DatasetEntry e = fileEntry(QStringLiteral("a.csv"));
    const auto cube = e.cube;
    const int row = f.registry.add(e);
    QSignalSpy changed(&f.registry, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(f.registry.setActive(row));
    ASSERT_EQ(f.active.count(), 2);
    EXPECT_EQ(lastActive(f.active), cube);
    EXPECT_EQ(changed.count(), 2) << "old and new active rows repaint";
    EXPECT_TRUE(f.registry.setActive(row));
    EXPECT_EQ(f.active.count(), 2) << "no signal when already active";
    EXPECT_FALSE(f.registry.setActive(5));
    EXPECT_FALSE(f.registry.index(0).data(DatasetRegistry::IsActiveRole).toBool());
}

TEST(DatasetRegistry, builtinCannotBeRemoved)
{
    Fixture f;
    f.registry.add(builtinEntry());
    EXPECT_FALSE(f.registry.remove(0));
    EXPECT_EQ(f.registry.rowCount(), 1);
}

TEST(DatasetRegistry, removingTheActiveFileFallsBackToBuiltin)
{
    Fixture f;
    f.registry.add(builtinEntry());
    const int a = f.registry.add(fileEntry(QStringLiteral("a.csv")));
    f.registry.add(fileEntry(QStringLiteral("b.csv")));
    f.registry.setActive(a);
    EXPECT_TRUE(f.registry.remove(a));
    EXPECT_EQ(f.registry.rowCount(), 2);
    EXPECT_EQ(f.registry.activeRow(), 0);
    EXPECT_EQ(lastActive(f.active), test::builtinCubePtr());
}

TEST(DatasetRegistry, removingAnInactiveRowKeepsTheActiveOne)
{
    Fixture f;
    f.registry.add(builtinEntry());
    f.registry.add(fileEntry(QStringLiteral("a.csv")));
    const int b = f.registry.add(fileEntry(QStringLiteral("b.csv")));
    f.registry.setActive(b);
    const int before = f.active.count();
    EXPECT_TRUE(f.registry.remove(1));
    EXPECT_EQ(f.registry.activeRow(), 1);
    EXPECT_EQ(f.registry.index(1).data(DatasetRegistry::NameRole).toString(), QStringLiteral("b.csv"));
    EXPECT_EQ(f.active.count(), before);
}

TEST(DatasetRegistry, replacingTheActiveEntryReemitsItsCube)
{
    Fixture f;
    f.registry.add(builtinEntry());
    const int row = f.registry.add(fileEntry(QStringLiteral("a.csv")));
    f.registry.setActive(row);
    DatasetEntry reloaded = fileEntry(QStringLiteral("a.csv"), 1);
    const auto cube = reloaded.cube;
    EXPECT_TRUE(f.registry.replace(row, reloaded));
    EXPECT_EQ(lastActive(f.active), cube);
    EXPECT_EQ(f.registry.index(row).data(DatasetRegistry::WarningCountRole).toInt(), 1);
    EXPECT_FALSE(f.registry.replace(row, DatasetEntry{})) << "a null cube is refused";
}
