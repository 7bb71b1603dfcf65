// The training scoreboard's arithmetic on numbers worked by hand.
#include "training/trainingdiscussion.h"
#include "training/trainingscoring.h"

#include <QTest>

#include <cmath>

using namespace stormcrew::training;

class TstTrainingScoring : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void error_data()
    {
        QTest::addColumn<double>("estimate");
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("absolute");
        QTest::addColumn<double>("relative"); // NaN: undefined
        QTest::addColumn<bool>("within20");
        QTest::newRow("exact") << 500.0 << 500.0 << 0.0 << 0.0 << true;
        QTest::newRow("20 % over is within") << 120.0 << 100.0 << 20.0 << 0.2 << true;
        QTest::newRow("20 % under is within") << 80.0 << 100.0 << 20.0 << 0.2 << true;
        QTest::newRow("21 % over is not") << 121.0 << 100.0 << 21.0 << 0.21 << false;
        QTest::newRow("half") << 600.0 << 1200.0 << 600.0 << 0.5 << false;
        QTest::newRow("double") << 2400.0 << 1200.0 << 1200.0 << 1.0 << false;
        QTest::newRow("nothing happened, nothing called") << 0.0 << 0.0 << 0.0 << qQNaN() << true;
        QTest::newRow("nothing happened, 5 called") << 5.0 << 0.0 << 5.0 << qQNaN() << false;
    }
    void error()
    {
        QFETCH(double, estimate);
        QFETCH(double, actual);
        QFETCH(double, absolute);
        QFETCH(double, relative);
        QFETCH(bool, within20);
        const CallError e = TrainingScoring::error(estimate, actual);
        QCOMPARE(e.absolute, absolute);
        if (std::isnan(relative))
            QVERIFY2(std::isnan(e.relative), qPrintable(QString::number(e.relative)));
        else
            QVERIFY2(std::abs(e.relative - relative) < 1e-12,
                     qPrintable(QStringLiteral("relative error %1, expected %2")
                                    .arg(e.relative)
                                    .arg(relative)));
        QCOMPARE(e.within20, within20);
    }

    void closer_data()
    {
        QTest::addColumn<double>("trainee");
        QTest::addColumn<double>("model");
        QTest::addColumn<int>("closer");
        QTest::newRow("trainee 10 off, model 50 off") << 1010.0 << 950.0 << int(Closer::Trainee);
        QTest::newRow("model 5 off, trainee 400 off") << 600.0 << 1005.0 << int(Closer::Model);
        QTest::newRow("both 100 off on either side") << 1100.0 << 900.0 << int(Closer::Tie);
    }
    void closer()
    {
        QFETCH(double, trainee);
        QFETCH(double, model);
        QFETCH(int, closer);
        QCOMPARE(int(TrainingScoring::score(1, QStringLiteral("S"), trainee, model, 1000).closer),
                 closer);
    }

    // Three storms worked by hand:
    //   A: actual 1000, trainee 800 (200, 20 %, within), model 1100 (100, 10 %, within): model
    //   B: actual  400, trainee 500 (100, 25 %),         model  200 (200, 50 %):         trainee
    //   C: actual    0, trainee  30 (30, -),             model   10 (10, -):             model
    // Trainee: MAE (200 + 100 + 30) / 3 = 110, relative (0.20 + 0.25) / 2 = 0.225, 1 within,
    // closer on 1. Model: MAE (100 + 200 + 10) / 3 = 103.33.., relative (0.10 + 0.50) / 2 = 0.30,
    // 1 within, closer on 2.
    void scoreboard()
    {
        const Scoreboard board = TrainingScoring::scoreboard({
            TrainingScoring::score(1, QStringLiteral("A"), 800, 1100, 1000),
            TrainingScoring::score(2, QStringLiteral("B"), 500, 200, 400),
            TrainingScoring::score(3, QStringLiteral("C"), 30, 10, 0),
        });
        QCOMPARE(board.storms.size(), std::size_t(3));
        QCOMPARE(board.trainee.storms, 3);
        QCOMPARE(board.trainee.meanAbsolute, 110.0);
        QCOMPARE(board.trainee.relativeStorms, 2);
        QVERIFY(std::abs(board.trainee.meanRelative - 0.225) < 1e-12);
        QCOMPARE(board.trainee.within20, 1);
        QCOMPARE(board.trainee.closer, 1);
        QVERIFY(std::abs(board.model.meanAbsolute - 310.0 / 3) < 1e-9);
        QVERIFY(std::abs(board.model.meanRelative - 0.30) < 1e-12);
        QCOMPARE(board.model.within20, 1);
        QCOMPARE(board.model.closer, 2);
    }

    // The points for discussion come from the numbers: the storm where the calls differed
    // most relative to what happened (B: |500 - 200| / 400 = 0.75 against A's 0.3), a lean
    // when two thirds of the calls are on one side (both over here? A under, B over: none),
    // the group call furthest off and the widest crew gap.
    void discussion()
    {
        std::vector<StormResult> storms(2);
        storms[0] = {
            1,
            QStringLiteral("A"),
            QStringLiteral("Storm A"),
            800,
            30,
            1100,
            1000,
            25,
            {{QStringLiteral("D1"), QStringLiteral("North depot"), 300.0, 500, 600},
             {QStringLiteral("D2"), QStringLiteral("South depot"), std::nullopt, 600, 400}},
            TrainingScoring::score(1, QStringLiteral("A"), 800, 1100, 1000)};
        storms[1] = {2,
                     QStringLiteral("B"),
                     QStringLiteral("Storm B"),
                     500,
                     20,
                     200,
                     400,
                     12,
                     {},
                     TrainingScoring::score(2, QStringLiteral("B"), 500, 200, 400)};
        const Scoreboard board = TrainingScoring::scoreboard({storms[0].score, storms[1].score});
        const QStringList points = TrainingDiscussion::points(storms, board);
        QCOMPARE(points.size(), 4);
        QVERIFY2(points[0].contains(
                     QStringLiteral("within 20 % of the actual outages on 1 and the model on 1")),
                 qPrintable(points[0]));
        QVERIFY2(points[1].contains(QStringLiteral("differed most on B (trainee 500, model 200, "
                                                   "actual 400) and the trainee was closer")),
                 qPrintable(points[1]));
        // North depot: |300 - 600| / 600 = 50 % off.
        QVERIFY2(points[2].contains(QStringLiteral("North depot on A: 300 called, 600 happened "
                                                   "(50 % off); the model said 500")),
                 qPrintable(points[2]));
        // Crews: A 30 against 25 (5), B 20 against 12 (8).
        QCOMPARE(points[3], QStringLiteral("Crews differed most on B: 20 called, 12 deployed."));
        QCOMPARE(TrainingDiscussion::points({}, TrainingScoring::scoreboard({})).size(), 1);
    }

    void emptyScoreboard()
    {
        const Scoreboard board = TrainingScoring::scoreboard({});
        QCOMPARE(board.trainee.storms, 0);
        QCOMPARE(board.trainee.meanAbsolute, 0.0);
        QCOMPARE(board.model.within20, 0);
    }
};

QTEST_GUILESS_MAIN(TstTrainingScoring)
#include "tst_trainingscoring.moc"
