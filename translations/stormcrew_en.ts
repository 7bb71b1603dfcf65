<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MapRegion</name>
    <message numerus="yes">
        <location filename="../ui/qml/panels/MapRegion.qml" line="+230"/>
        <source>Loading %n territories…</source>
        <translation>
            <numerusform>Loading %n territory…</numerusform>
            <numerusform>Loading %n territories…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayMap</name>
    <message numerus="yes">
        <location filename="../ui/qml/replay/ReplayMap.qml" line="+122"/>
        <source>Loading %n territories…</source>
        <translation>
            <numerusform>Loading %n territory…</numerusform>
            <numerusform>Loading %n territories…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingCallPanel</name>
    <message numerus="yes">
        <location filename="../ui/qml/training/TrainingCallPanel.qml" line="+125"/>
        <source>%1 (%n territories)</source>
        <translation>
            <numerusform>%1 (%n territory)</numerusform>
            <numerusform>%1 (%n territories)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::BriefingController</name>
    <message numerus="yes">
        <location filename="../ui/briefing/briefingcontroller.cpp" line="+152"/>
        <source>Briefing written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Briefing written to %1 (%n page).</numerusform>
            <numerusform>Briefing written to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::GhcnImporter</name>
    <message numerus="yes">
        <location filename="../model/ingest/ghcnimporter.cpp" line="+74"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%1 (%n station(s), nearest %2 at %3 km)</source>
        <translation>
            <numerusform>%1 (%n station, nearest %2 at %3 km)</numerusform>
            <numerusform>%1 (%n stations, nearest %2 at %3 km)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n territory-day(s) stored from %1 station(s)</source>
        <translation>
            <numerusform>%n territory-day stored from %1 station(s)</numerusform>
            <numerusform>%n territory-days stored from %1 station(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n value(s) failed NOAA&apos;s quality checks (quality flag set) and were left out</source>
        <translation>
            <numerusform>%n value failed NOAA&apos;s quality checks (quality flag set) and was left out</numerusform>
            <numerusform>%n values failed NOAA&apos;s quality checks (quality flag set) and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>temp_c is the mean of TMAX and TMIN; %n station-day(s) with only one of them have no temp_c</source>
        <translation>
            <numerusform>temp_c is the mean of TMAX and TMIN; %n station-day with only one of them has no temp_c</numerusform>
            <numerusform>temp_c is the mean of TMAX and TMIN; %n station-days with only one of them have no temp_c</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n territory-day(s) without wind_ms: the weighted gust came out below the weighted wind (different stations reported them)</source>
        <translation>
            <numerusform>%n territory-day without wind_ms: the weighted gust came out below the weighted wind (different stations reported them)</numerusform>
            <numerusform>%n territory-days without wind_ms: the weighted gust came out below the weighted wind (different stations reported them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::GridWeatherImporter</name>
    <message numerus="yes">
        <location filename="../model/ingest/gridweatherimporter.cpp" line="+211"/>
        <source>%n territory-step(s) outside the grid or on nodata only; not stored</source>
        <translation>
            <numerusform>%n territory-step outside the grid or on nodata only; not stored</numerusform>
            <numerusform>%n territory-steps outside the grid or on nodata only; not stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n grid(s) of %1 kept in the store for the map</source>
        <translation>
            <numerusform>%n grid of %1 kept in the store for the map</numerusform>
            <numerusform>%n grids of %1 kept in the store for the map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::ImportTransaction</name>
    <message numerus="yes">
        <location filename="../model/ingest/importtransaction.cpp" line="+57"/>
        <source>%n row(s) rejected, nothing imported; fix the input or use --keep-going</source>
        <translation>
            <numerusform>%n row rejected, nothing imported; fix the input or use --keep-going</numerusform>
            <numerusform>%n rows rejected, nothing imported; fix the input or use --keep-going</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::IncidentImporter</name>
    <message numerus="yes">
        <location filename="../model/ingest/incidentimporter.cpp" line="+246"/>
        <source>%n incident(s) without coordinates placed by their territory code.</source>
        <translation>
            <numerusform>%n incident without coordinates placed by its territory code.</numerusform>
            <numerusform>%n incidents without coordinates placed by their territory code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::NdviImporter</name>
    <message numerus="yes">
        <location filename="../model/ingest/ndviimporter.cpp" line="+182"/>
        <source>the raster (%1, %2 x %3 pixels) covers none of the %n territory(ies) with valid pixels; check its extent, CRS and nodata value</source>
        <translation>
            <numerusform>the raster (%1, %2 x %3 pixels) covers the store&apos;s only territory (%n) with no valid pixel; check its extent, CRS and nodata value</numerusform>
            <numerusform>the raster (%1, %2 x %3 pixels) covers none of the %n territories with valid pixels; check its extent, CRS and nodata value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n territory(ies) have no valid pixel in this raster (clouds, water or outside it): recorded without a value where the date held none</source>
        <translation>
            <numerusform>%n territory has no valid pixel in this raster (clouds, water or outside it): recorded without a value where the date held none</numerusform>
            <numerusform>%n territories have no valid pixel in this raster (clouds, water or outside it): recorded without a value where the date held none</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The store holds NDVI of %n date(s), from %1 to %2.</source>
        <translation>
            <numerusform>The store holds NDVI of %n date, from %1 to %2.</numerusform>
            <numerusform>The store holds NDVI of %n dates, from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::RasterImporter</name>
    <message numerus="yes">
        <location filename="../model/ingest/rasterimporter.cpp" line="+58"/>
        <source>has %n band(s); --band %1 does not exist</source>
        <translation>
            <numerusform>has %n band; --band %1 does not exist</numerusform>
            <numerusform>has %n bands; --band %1 does not exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%n territory(ies) not covered by valid pixels of the raster; their figures are left unchanged</source>
        <translation>
            <numerusform>%n territory not covered by valid pixels of the raster; its figures are left unchanged</numerusform>
            <numerusform>%n territories not covered by valid pixels of the raster; their figures are left unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the raster (%1, %2 x %3 pixels) covers none of the %n territory(ies) with valid pixels; check its extent and CRS</source>
        <translation>
            <numerusform>the raster (%1, %2 x %3 pixels) does not cover the store&apos;s only territory (%n) with valid pixels; check its extent and CRS</numerusform>
            <numerusform>the raster (%1, %2 x %3 pixels) covers none of the %n territories with valid pixels; check its extent and CRS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::ReplayVariants</name>
    <message numerus="yes">
        <location filename="../ui/replay/replayvariants.cpp" line="+61"/>
        <source>%1 — %2 (%n outages)</source>
        <translation>
            <numerusform>%1 — %2 (%n outage)</numerusform>
            <numerusform>%1 — %2 (%n outages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::TerritoryImporter</name>
    <message numerus="yes">
        <location filename="../model/ingest/territoryimporter.cpp" line="+261"/>
        <source>%n invalid outline(s) repaired with MakeValid: %1</source>
        <translation>
            <numerusform>%n invalid outline repaired with MakeValid: %1</numerusform>
            <numerusform>%n invalid outlines repaired with MakeValid: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n territory(ies) without a name: the code is used as the name.</source>
        <translation>
            <numerusform>%n territory without a name: its code is used as its name.</numerusform>
            <numerusform>%n territories without a name: the code is used as the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::TimelineController</name>
    <message numerus="yes">
        <location filename="../ui/forecast/timelinecontroller.cpp" line="+407"/>
        <source>Plan, %1 h after the all-clear: %2 customers still out, %3 % restored, %n crew(s) in the field</source>
        <translation>
            <numerusform>Plan, %1 h after the all-clear: %2 customers still out, %3 % restored, %n crew in the field</numerusform>
            <numerusform>Plan, %1 h after the all-clear: %2 customers still out, %3 % restored, %n crews in the field</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::TrackImporter</name>
    <message numerus="yes">
        <location filename="../model/ingest/trackimporter.cpp" line="+75"/>
        <source>%n best track(s)</source>
        <translation>
            <numerusform>%n best track</numerusform>
            <numerusform>%n best tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n forecast track(s)</source>
        <translation>
            <numerusform>%n forecast track</numerusform>
            <numerusform>%n forecast tracks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::TrackReader</name>
    <message numerus="yes">
        <location filename="../model/ingest/atcfreader.cpp" line="+249"/>
        <source>%n line(s) of other techniques skipped (%1); only BEST and OFCL are imported.</source>
        <translation>
            <numerusform>%n line of other techniques skipped (%1); only BEST and OFCL are imported.</numerusform>
            <numerusform>%n lines of other techniques skipped (%1); only BEST and OFCL are imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/ingest/hurdat2reader.cpp" line="+115"/>
        <source>the header of %1 (line %2) announces %n more data line(s) than follow it; fix the count or add the lines</source>
        <translation>
            <numerusform>the header of %1 (line %2) announces %n more data line than follow it; fix the count or add the lines</numerusform>
            <numerusform>the header of %1 (line %2) announces %n more data lines than follow it; fix the count or add the lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingReport</name>
    <message numerus="yes">
        <location filename="../ui/training/trainingreport.cpp" line="+246"/>
        <source>Generated %1 by %2 · %n storm(s) revealed · calls made 48 h before each storm&apos;s first outage, with what was known then</source>
        <translation>
            <numerusform>Generated %1 by %2 · %n storm revealed · calls made 48 h before each storm&apos;s first outage, with what was known then</numerusform>
            <numerusform>Generated %1 by %2 · %n storms revealed · calls made 48 h before each storm&apos;s first outage, with what was known then</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="+86"/>
        <source>Nothing imported: %n row(s) rejected. Fix the input, or rerun with --keep-going to keep the good rows.</source>
        <translation>
            <numerusform>Nothing imported: %n row rejected. Fix the input, or rerun with --keep-going to keep the good rows.</numerusform>
            <numerusform>Nothing imported: %n rows rejected. Fix the input, or rerun with --keep-going to keep the good rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::PlanCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/plancommand.cpp" line="+129"/>
        <source>  %n territory(ies) without a crew of their own restored by crews that finish elsewhere and move on</source>
        <translation>
            <numerusform>  %n territory without a crew of its own restored by crews that finish elsewhere and move on</numerusform>
            <numerusform>  %n territories without a crew of their own restored by crews that finish elsewhere and move on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::PredictCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/predictcommand.cpp" line="+167"/>
        <source>... and %n more territories (--out FILE.csv writes them all)</source>
        <translation>
            <numerusform>... and %n more territory (--out FILE.csv writes them all)</numerusform>
            <numerusform>... and %n more territories (--out FILE.csv writes them all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ReplayCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/replaycommand.cpp" line="+171"/>
        <source>Model %1 against model %2, %3 h before each storm&apos;s first outage, %n storm(s)</source>
        <translation>
            <numerusform>Model %1 against model %2, %3 h before each storm&apos;s first outage, %n storm</numerusform>
            <numerusform>Model %1 against model %2, %3 h before each storm&apos;s first outage, %n storms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::StormsCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/stormscommand.cpp" line="+181"/>
        <source>%n storm event(s) in %1 days with incidents (days in %2, robust z-score &gt;= %3 against the median of the previous %4 days):</source>
        <translation>
            <numerusform>%n storm event in %1 days with incidents (days in %2, robust z-score &gt;= %3 against the median of the previous %4 days):</numerusform>
            <numerusform>%n storm events in %1 days with incidents (days in %2, robust z-score &gt;= %3 against the median of the previous %4 days):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Saved %n storm(s) of kind &apos;other&apos;; %1 incidents linked.</source>
        <translation>
            <numerusform>Saved %n storm of kind &apos;other&apos;; %1 incidents linked.</numerusform>
            <numerusform>Saved %n storms of kind &apos;other&apos;; %1 incidents linked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::WindfieldCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/windfieldcommand.cpp" line="+194"/>
        <source>%n territory(ies) with a peak gust of at least 10 m/s (gust = %1 x sustained):</source>
        <translation>
            <numerusform>%n territory with a peak gust of at least 10 m/s (gust = %1 x sustained):</numerusform>
            <numerusform>%n territories with a peak gust of at least 10 m/s (gust = %1 x sustained):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::crews::CrewPlanner</name>
    <message numerus="yes">
        <location filename="../model/crews/crewplanner.cpp" line="+382"/>
        <source>Request %n crew(s) from %1 now: they arrive %2 h after the all-clear.</source>
        <translation>
            <numerusform>Request %n crew from %1 now: it arrives %2 h after the all-clear.</numerusform>
            <numerusform>Request %n crews from %1 now: they arrive %2 h after the all-clear.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Request %n crew(s) from %1 by %2 (lead time %3 h).</source>
        <translation>
            <numerusform>Request %n crew from %1 by %2 (lead time %3 h).</numerusform>
            <numerusform>Request %n crews from %1 by %2 (lead time %3 h).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The target (%1) cannot be met in %n territory(ies) with the crews that can arrive in time: %2.</source>
        <translation>
            <numerusform>The target (%1) cannot be met in %n territory with the crews that can arrive in time: %2.</numerusform>
            <numerusform>The target (%1) cannot be met in %n territories with the crews that can arrive in time: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n territory(ies) would meet it with more crews arriving as early.</source>
        <translation>
            <numerusform>%n territory would meet it with more crews arriving as early.</numerusform>
            <numerusform>%n territories would meet it with more crews arriving as early.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::ReviewPdf</name>
    <message numerus="yes">
        <location filename="../model/replay/reviewpdf.cpp" line="+258"/>
        <source>Predicted against actual, the %n territories hit hardest</source>
        <translation>
            <numerusform>Predicted against actual, the %n territory hit hardest</numerusform>
            <numerusform>Predicted against actual, the %n territories hit hardest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::training::TrainingDiscussion</name>
    <message numerus="yes">
        <location filename="../model/training/trainingdiscussion.cpp" line="+32"/>
        <source>Over %n storm(s), the trainee was within 20 % of the actual outages on %1 and the model on %2; the trainee was closer on %3, the model on %4.</source>
        <translation>
            <numerusform>Over %n storm, the trainee was within 20 % of the actual outages on %1 and the model on %2; the trainee was closer on %3, the model on %4.</numerusform>
            <numerusform>Over %n storms, the trainee was within 20 % of the actual outages on %1 and the model on %2; the trainee was closer on %3, the model on %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The trainee called more outages than happened on %1 of %n storm(s): a cautious lean that costs crews standing by.</source>
        <translation>
            <numerusform>The trainee called more outages than happened on %1 of %n storm: a cautious lean that costs crews standing by.</numerusform>
            <numerusform>The trainee called more outages than happened on %1 of %n storms: a cautious lean that costs crews standing by.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The trainee called fewer outages than happened on %1 of %n storm(s): a lean that leaves customers waiting for crews.</source>
        <translation>
            <numerusform>The trainee called fewer outages than happened on %1 of %n storm: a lean that leaves customers waiting for crews.</numerusform>
            <numerusform>The trainee called fewer outages than happened on %1 of %n storms: a lean that leaves customers waiting for crews.</numerusform>
        </translation>
    </message>
</context>
</TS>
