#pragma once

#include "demogeography.h"
#include "demoutility.h"
#include "demoweather.h"

#include <QString>

#include <vector>

namespace stormcrew::demo {

// The covariates of the generating model for one territory in one storm (docs/demo-data.md
// defines each from the store's tables).
struct Covariates {
    double gust = 0;           // maximum hourly gust in [start, end], m/s
    double hoursAbove20 = 0;   // hourly rows in [start, end] with gust >= 20 m/s
    double leafOn = 0;         // 0..1: leafOn() at the county's latitude and the storm's start
    double canopy = 0;         // territory.canopy_fraction
    double antecedentMm = 0;   // precipitation of the 14 UTC days before the start day, mm
    double yearsSinceTrim = 0; // (start - last_trimmed 00:00 UTC) / 365.25 days
};

struct DemoIncident {
    int storm = 0;
    int territory = 0;
    int sequence = 0; // 1, 2, ... within the territory and storm
    qint64 start = 0;
    qint64 end = 0;
    qint64 customers = 0;
    int cause = 0; // index into incidentCauses()
    double lon = 0;
    double lat = 0;
};

// What a storm did to a territory: every (storm, territory) pair has one, zero outages included.
struct DemoOutcome {
    int storm = 0;
    int territory = 0;
    Covariates x;
    double mean = 0; // the model's mean, for the tests
    qint64 outages = 0;
    qint64 customersOut = 0;
    double customerHours = 0;
    int crewsDeployed = 0;
    double restorationHours = 0; // from the storm's start to the last restoration
};

struct DemoOutages {
    std::vector<DemoIncident> incidents;
    std::vector<DemoOutcome> outcomes;
};

// The causes incidents are given, as a utility's outage feed words them.
[[nodiscard]] const QStringList &incidentCauses();

// The model's mean number of outages.
[[nodiscard]] double expectedOutages(double overheadKm, const Covariates &x);

// Draws the incidents of every storm in every territory from the generating model (counts),
// the territory's outline (places), the storm's hourly gusts (start times), and the fitted
// lognormals (restoration times, customers); then the per-territory outcomes. canopy holds the
// canopy fraction the store computed for each territory (same order as the counties).
[[nodiscard]] DemoOutages generateOutages(const std::vector<DemoCounty> &counties,
                                          const DemoUtility &utility,
                                          const std::vector<double> &canopy,
                                          const DemoHistory &history, quint64 seed);

} // namespace stormcrew::demo
