#include <model/outputfile.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace medtour;

TEST(OutputFile, replacesARegularFileAtomically)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    OutputFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("new contents");
    file.cancelWriting();
    EXPECT_FALSE(file.commit());
    QFile check(path);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("old"));  // a cancelled write leaves the old file
}

TEST(OutputFile, writesThroughToADeviceInsteadOfReplacingIt)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/null")))
        GTEST_SKIP() << "no /dev/null";
    OutputFile file(QStringLiteral("/dev/null"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    EXPECT_EQ(file.write("x"), 1);
    EXPECT_TRUE(file.commit());
    const QFileInfo info(QStringLiteral("/dev/null"));
    EXPECT_FALSE(info.isFile()) << "/dev/null was replaced by a regular file";
}

TEST(OutputFile, reportsAFullDevice)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")) || QFileInfo(QStringLiteral("/dev/full")).isFile())
        GTEST_SKIP() << "no /dev/full device";
    OutputFile file(QStringLiteral("/dev/full"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(64 * 1024, 'x'));
    EXPECT_FALSE(file.commit());
    EXPECT_FALSE(file.errorString().isEmpty());
    EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile());
}
