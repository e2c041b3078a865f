// Reading input files (issue 15, items 9 and 10): nothing blocks (a FIFO swapped in after a check, /proc
// files), every problem is named for what it is (a loop of symbolic links is not "does not exist"), numbers are
// shown as written, 1e-400 is read as 0, and a key that appears twice in an object is refused.
#include "catalogue.h"
#include "file_access.h"
#include "output_file.h"
#include "profile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace splitbench;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/data/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

class InputFiles : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QString write(const char *name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path(name);
    }
    Loaded<Profile> parse(const QByteArray &bytes) const
    {
        return Profile::parse(bytes, QStringLiteral("p.json"), m_catalogue);
    }
    QTemporaryDir m_dir;
    Catalogue m_catalogue = Catalogue::parse(readData("mini-catalogue.json"), QStringLiteral("mini")).value();
};

// --- Item 9: nothing blocks -------------------------------------------------------------------------------

TEST_F(InputFiles, AFifoSwappedInAfterTheCheckIsNeverRead)
{
    // A second thread keeps swapping the name between a regular file and a FIFO. A reader that looked at the
    // name first and opened it afterwards would sometimes open the FIFO and block; the swapper then writes
    // "FROM THE FIFO" into it (which also frees such a reader). Only a reader that decides on the opened
    // descriptor never returns those bytes.
    std::signal(SIGPIPE, SIG_IGN);
    const QString regular = write("regular.json", R"({"version": 1, "traits": {}})");
    const QByteArray fifo = QFile::encodeName(path("fifo"));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);
    const QByteArray target = QFile::encodeName(path("profile.json"));
    const QByteArray staging = QFile::encodeName(path("staging"));
    const QByteArray regularName = QFile::encodeName(regular);
    ASSERT_EQ(::link(regularName.constData(), target.constData()), 0);

    std::atomic<bool> done{false};
    std::thread swapper([&] {
        const auto releaseReaders = [&] {
            const int writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK); // only succeeds with a reader
            if (writer >= 0) {
                [[maybe_unused]] const ssize_t n = ::write(writer, "FROM THE FIFO", 13);
                ::close(writer);
            }
        };
        while (!done.load()) {
            for (const QByteArray *source : {&fifo, &regularName}) {
                if (::link(source->constData(), staging.constData()) == 0)
                    ::rename(staging.constData(), target.constData());
                releaseReaders();
            }
        }
        releaseReaders();
    });
    int fromTheFifo = 0;
    int readRegular = 0;
    for (int i = 0; i < 40000; ++i) {
        const Loaded<QByteArray> bytes = readInputFile(QString::fromLocal8Bit(target), 1000);
        if (bytes && bytes.value().contains("FROM THE FIFO"))
            ++fromTheFifo;
        else if (bytes)
            ++readRegular;
        else
            EXPECT_TRUE(bytes.error().message.contains(QStringLiteral("not a regular file")) ||
                        bytes.error().message.contains(QStringLiteral("does not exist")))
                << bytes.error().message.toStdString();
    }
    done.store(true);
    swapper.join();
    EXPECT_EQ(fromTheFifo, 0) << "a FIFO was opened and read";
    EXPECT_GT(readRegular, 0);
}

TEST_F(InputFiles, SystemFilesOfUnknownSizeAreRefusedUnread)
{
    // /proc files report 0 bytes; /proc/kmsg blocks for ever and consumes the kernel log when read.
    const Loaded<QByteArray> status = readInputFile(QStringLiteral("/proc/self/status"), 1000000);
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("/proc or /sys"))) << status.error().message.toStdString();
    if (::access("/proc/kmsg", R_OK) == 0) {
        const Loaded<QByteArray> kmsg = readInputFile(QStringLiteral("/proc/kmsg"), 1000000);
        ASSERT_FALSE(kmsg);
        EXPECT_TRUE(kmsg.error().message.contains(QStringLiteral("/proc or /sys"))) << kmsg.error().message.toStdString();
    }
    // A truly empty file is still read (and the parser calls it empty).
    const Loaded<QByteArray> empty = readInputFile(write("empty.json", {}), 1000);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty.value().isEmpty());
}

TEST_F(InputFiles, AFileThatGrowsPastTheCapIsRefused)
{
    const QString file = write("big.json", QByteArray(100, ' '));
    ASSERT_TRUE(readInputFile(file, 100));
    const Loaded<QByteArray> over = readInputFile(file, 99);
    ASSERT_FALSE(over);
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("more than the limit of 99 bytes")));
}

// --- Item 10: messages that say what is wrong -------------------------------------------------------------

TEST_F(InputFiles, ASymbolicLinkLoopIsNamedAsSuch)
{
    ASSERT_EQ(::symlink("b", QFile::encodeName(path("a")).constData()), 0);
    ASSERT_EQ(::symlink("a", QFile::encodeName(path("b")).constData()), 0);
    const Loaded<Profile> loaded = Profile::load(path("a"), m_catalogue);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().file, path("a"));
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("loop of symbolic links")))
        << loaded.error().message.toStdString();
    EXPECT_FALSE(loaded.error().message.contains(QStringLiteral("does not exist")));
    // Writing below the loop says the same, not "the folder does not exist".
    const QString output = writeFileAtomically(path("a") + QStringLiteral("/out.json"), QByteArray("{}"));
    EXPECT_TRUE(output.contains(QStringLiteral("loop of symbolic links"))) << output.toStdString();
}

TEST_F(InputFiles, AnOverlongPathIsNamedAsSuch)
{
    const QString overlong = m_dir.filePath(QString(300, u'n') + QStringLiteral(".json")); // a name over 255 bytes
    const Loaded<Catalogue> loaded = Catalogue::load(overlong);
    ASSERT_FALSE(loaded);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("too long"))) << loaded.error().message.toStdString();
    EXPECT_FALSE(loaded.error().message.contains(QStringLiteral("does not exist")));
    const QString output = writeFileAtomically(overlong, QByteArray("{}"));
    EXPECT_TRUE(output.contains(QStringLiteral("too long"))) << output.toStdString();
}

TEST_F(InputFiles, ADanglingLinkNamesWhereItPoints)
{
    ASSERT_EQ(::symlink("gone.json", QFile::encodeName(path("link.json")).constData()), 0);
    const Loaded<QByteArray> read = readInputFile(path("link.json"), 1000);
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("symbolic link"))) << read.error().message.toStdString();
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("gone.json")));
    EXPECT_EQ(readInputFile(path("missing.json"), 1000).error().message, QStringLiteral("the file does not exist"));
}

TEST_F(InputFiles, AVersionIsShownExactlyAsWritten)
{
    const Loaded<Profile> loaded = parse(R"({"version": 1.0000000000000002, "traits": {}})");
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().place, QStringLiteral("version"));
    EXPECT_TRUE(loaded.error().message.startsWith(QStringLiteral("1.0000000000000002 is not a profile format version")))
        << loaded.error().message.toStdString();
    // The same for any number out of range: 100.0000001 is not "100".
    const Loaded<Profile> range = parse(R"({"version": 1, "traits": {"capacity": 100.0000001}})");
    ASSERT_FALSE(range);
    EXPECT_TRUE(range.error().message.contains(QStringLiteral("is 100.0000001, outside"))) << range.error().message.toStdString();
}

TEST_F(InputFiles, ANumberTooSmallForADoubleIsReadAsZero)
{
    // Valid JSON (RFC 8259 sets no range); every reader that uses doubles gets 0, and so do we.
    const Loaded<Profile> loaded = parse(R"({"version": 1, "traits": {"capacity": 1e-400, "control": -2.5E-999}})");
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded.value().traits[static_cast<size_t>(m_catalogue.traitIndex(QStringLiteral("capacity")))], 0.0);
    EXPECT_EQ(loaded.value().traits[static_cast<size_t>(m_catalogue.traitIndex(QStringLiteral("control")))], 0.0);
    // Its neighbours keep their line and column in later messages.
    const Loaded<Profile> later = parse("{\"version\": 1, \"traits\": {\"capacity\": 1e-400}, \"x\": tru}");
    const Loaded<Profile> same = parse("{\"version\": 1, \"traits\": {\"capacity\": 0.0000}, \"x\": tru}");
    ASSERT_FALSE(later);
    ASSERT_FALSE(same);
    EXPECT_TRUE(later.error().place.startsWith(QStringLiteral("line 1, column "))) << later.error().toString().toStdString();
    EXPECT_EQ(later.error().place, same.error().place);
}

TEST_F(InputFiles, ANumberTooLargeForADoubleIsRefusedWithTheReason)
{
    const Loaded<Profile> loaded = parse("{\"version\": 1,\n \"traits\": {\"capacity\": 1e400}}");
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().place, QStringLiteral("line 2, column 25"));
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("1e400 is too large"))) << loaded.error().message.toStdString();
}

TEST_F(InputFiles, AKeyThatAppearsTwiceIsRefusedNamingKeyAndPlace)
{
    const Loaded<Profile> loaded = parse("{\"version\": 1,\n \"traits\": {\"capacity\": 10, \"capacity\": 90}}");
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().place, QStringLiteral("line 2, column 29"));
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("\"capacity\" appears a second time")))
        << loaded.error().message.toStdString();
    // Spelled differently, the same key: an escape does not hide it.
    const Loaded<Profile> escaped = parse(R"({"version": 1, "traits": {"capacity": 10, "capac\u0069ty": 90}})");
    ASSERT_FALSE(escaped);
    EXPECT_TRUE(escaped.error().message.contains(QStringLiteral("\"capacity\""))) << escaped.error().message.toStdString();
    // At the top level too, and in catalogues.
    EXPECT_FALSE(parse(R"({"version": 1, "version": 1, "traits": {}})"));
    EXPECT_FALSE(Catalogue::parse(R"({"version": 1, "models": [], "models": []})", QStringLiteral("c.json")));
    // The same key in different objects, and a key equal to a value, are fine.
    EXPECT_TRUE(parse(R"({"version": 1, "traits": {"capacity": 10}, "importance": {"security": 2},
                          "notes": {"capacity": "capacity"}})"));
    // A syntax error later in the file is named first: it is what makes the file unreadable.
    const Loaded<Profile> broken = parse(R"({"version": 1, "version": 1, "traits": {})");
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("not valid JSON"))) << broken.error().message.toStdString();
}

TEST(RealFiles, HaveNoDuplicateKeys)
{
    // Every file we ship still loads under the stricter reader.
    EXPECT_NO_FATAL_FAILURE(Catalogue::builtIn());
    for (const char *name : {"1-small-office.splitbench.json", "2-manufacturer-with-cio.splitbench.json",
                             "3-growing-agency.splitbench.json", "4-regulated-clinic.splitbench.json"}) {
        const Loaded<Profile> loaded =
            Profile::load(QStringLiteral(SPLITBENCH_EXAMPLES "/") + QString::fromLatin1(name), Catalogue::builtIn());
        EXPECT_TRUE(loaded) << loaded.error().toString().toStdString();
    }
}

} // namespace
