<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/qml/AboutDialog.qml" line="+12"/>
        <source>LGPL 3.0</source>
        <translation>LGPL 3.0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user interface and core services</source>
        <translation>interface utilisateur et services de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>reading vector and raster data</source>
        <translation>lecture des données vectorielles et raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinate transformations</source>
        <translation>transformations de coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LGPL 2.1</source>
        <translation>LGPL 2.1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>geometry operations</source>
        <translation>opérations géométriques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the store</source>
        <translation>le magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPL 2.0</source>
        <translation>MPL 2.0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>model fitting</source>
        <translation>ajustement du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Census Bureau boundaries (via us-atlas)</source>
        <translation>Limites du Bureau du recensement des États-Unis (via us-atlas)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>public domain; ISC</source>
        <translation>domaine public&#xa0;; ISC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state and county outlines</source>
        <translation>contours des États et des comtés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Stormcrew</source>
        <translation>À propos de Stormcrew</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stormcrew %1</source>
        <translation>Stormcrew %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Predicts outages and the repair crews needed for every service territory before a storm. The model advises; the director decides.</source>
        <translation>Prédit les pannes et les équipes de réparation nécessaires pour chaque territoire de desserte avant une tempête. Le modèle conseille&#xa0;; le directeur décide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free software under the MIT licence. Outage data stay on this computer: Stormcrew works offline.</source>
        <translation>Logiciel libre sous licence MIT. Les données de pannes restent sur cet ordinateur&#xa0;: Stormcrew fonctionne hors ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>AppToolBar</name>
    <message>
        <location filename="../ui/qml/AppToolBar.qml" line="+36"/>
        <source>Stormcrew</source>
        <translation>Stormcrew</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Control centre</source>
        <translation>Centre de contrôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storm:</source>
        <translation>Tempête&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Storm to show</source>
        <translation>Tempête à afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming storm (latest forecast)</source>
        <translation>Tempête annoncée (dernière prévision)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replay…</source>
        <translation>Rejouer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay a past storm against what happened (Ctrl+R)</source>
        <translation>Rejouer une tempête passée face à ce qui s’est produit (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay the chosen past storm as the model saw it 48 h ahead, against what happened (Ctrl+R)</source>
        <translation>Rejouer la tempête passée choisie telle que le modèle la voyait 48 h avant, face à ce qui s’est produit (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the territory table or the briefing</source>
        <translation>Exporter la table des territoires ou le point de situation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Territory table as CSV (Ctrl+E) or GeoJSON (Ctrl+Shift+E); briefing as PDF (Ctrl+P)</source>
        <translation>Table des territoires en CSV (Ctrl+E) ou GeoJSON (Ctrl+Maj+E)&#xa0;; point de situation en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Store the plan shown as the decision, in the audit log (Ctrl+D)</source>
        <translation>Enregistrer le plan affiché comme décision, dans le journal d&apos;audit (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a training session on a copy of the store</source>
        <translation>Démarrer une session de formation sur une copie du magasin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make-your-call exercises on past storms, on a copy of the store (Ctrl+Shift+T)</source>
        <translation>Exercices d&apos;estimation sur des tempêtes passées, sur une copie du magasin (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
        <location filename="../ui/qml/BriefingActions.qml" line="+80"/>
        <source>Territory table as CSV…  (Ctrl+E)</source>
        <translation>Table des territoires en CSV…  (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Territory table as GeoJSON…  (Ctrl+Shift+E)</source>
        <translation>Table des territoires en GeoJSON…  (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Briefing as PDF…  (Ctrl+P)</source>
        <translation>Point de situation en PDF…  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the briefing</source>
        <translation>Enregistrer le point de situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the territory table as GeoJSON</source>
        <translation>Exporter la table des territoires en GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the territory table as CSV</source>
        <translation>Exporter la table des territoires en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON files (*.geojson)</source>
        <translation>Fichiers GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store the plan shown as your decision: %1 own and %2 mutual-aid crews, %3 % of customers back within %4 h at risk level %5, model v%6. It is written to the store and to the audit log under your name, %7.</source>
        <translation>Enregistrer le plan affiché comme votre décision&#xa0;: %1 équipes propres et %2 d&apos;aide mutuelle, %3 % des clients rétablis en %4 h au niveau de risque %5, modèle v%6. Il est écrit dans le magasin et dans le journal d&apos;audit à votre nom, %7.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../ui/qml/replay/ComparisonPanel.qml" line="+42"/>
        <source>Model A:</source>
        <translation>Modèle A&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model B:</source>
        <translation>Modèle B&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Both models replay every stored storm with outcomes (no hindsight).</source>
        <translation>Les deux modèles rejouent chaque tempête enregistrée avec ses résultats (sans rétrospective).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall MAE: A %1, B %2 · P10–P90 coverage: A %3 %, B %4 % · lower MAE: A in %5 storms, B in %6</source>
        <translation>MAE globale&#xa0;: A %1, B %2 · couverture P10–P90&#xa0;: A %3 %, B %4 % · MAE plus faible&#xa0;: A sur %5 tempêtes, B sur %6</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Storm</source>
        <translation>Tempête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Réelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAE A</source>
        <translation>MAE A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAE B</source>
        <translation>MAE B</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>MAE per storm</source>
        <translation>MAE par tempête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model A</source>
        <translation>Modèle A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model B</source>
        <translation>Modèle B</translation>
    </message>
</context>
<context>
    <name>HindsightPanel</name>
    <message>
        <location filename="../ui/qml/replay/HindsightPanel.qml" line="+18"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hindsight: plan against crews deployed</source>
        <translation>Rétrospective&#xa0;: plan face aux équipes déployées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Simulating the crew plans…</source>
        <translation>Simulation des plans d’équipes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No hindsight yet.</source>
        <translation>Pas encore de rétrospective.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 own + %2 aid crews · %3 ± %4 customer-hours · cost %5 ± %6</source>
        <translation>%1 propres + %2 d’assistance · %3 ± %4 heures-clients · coût %5 ± %6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone back after %1 (P10 %2, P90 %3) from the all-clear</source>
        <translation>Tous rétablis après %1 (P10 %2, P90 %3) depuis la fin de l’alerte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recorded by the utility: %1 customer-hours.</source>
        <translation>Enregistré par le distributeur&#xa0;: %1 heures-clients.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="+20"/>
        <source>Stormcrew control centre</source>
        <translation>Centre de contrôle Stormcrew</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../ui/qml/map/MapLegend.qml" line="+69"/>
        <source>No prediction yet</source>
        <translation>Pas encore de prévision</translation>
    </message>
</context>
<context>
    <name>MapRegion</name>
    <message>
        <location filename="../ui/qml/panels/MapRegion.qml" line="+118"/>
        <source>Map of the territories</source>
        <translation>Carte des territoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: %1</source>
        <translation>Sélectionné&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Basemap not shown, the shipped outlines are used instead: %1</source>
        <translation>Fond de carte non affiché, les contours fournis sont utilisés à la place&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Territories: your store · basemap: %1</source>
        <translation>Territoires&#xa0;: votre magasin · fond de carte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundaries: US Census Bureau</source>
        <translation>Limites&#xa0;: Bureau du recensement des États-Unis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store could not be opened</source>
        <translation>Le magasin n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No territories in this store yet</source>
        <translation>Aucun territoire dans ce magasin pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The territories cannot be drawn</source>
        <translation>Impossible de dessiner les territoires</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Loading %n territories…</source>
        <translation>
            <numerusform>Chargement de %n territoire…</numerusform>
            <numerusform>Chargement de %n territoires…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import your service territories (GeoPackage, Shapefile, GeoJSON or FlatGeobuf) to see predicted outages on the map.</source>
        <translation>Importez vos territoires de desserte (GeoPackage, Shapefile, GeoJSON ou FlatGeobuf) pour voir les pannes prédites sur la carte.</translation>
    </message>
</context>
<context>
    <name>MapToolBar</name>
    <message>
        <location filename="../ui/qml/map/MapToolBar.qml" line="+38"/>
        <source>Metric shown on the map</source>
        <translation>Indicateur affiché sur la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted outages (P50)</source>
        <translation>Pannes prévues (P50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted outages (P90)</source>
        <translation>Pannes prévues (P90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected outages (mean)</source>
        <translation>Pannes attendues (moyenne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages per 1,000 customers</source>
        <translation>Pannes pour 1&#xa0;000 clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews needed</source>
        <translation>Équipes nécessaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated time to restore</source>
        <translation>Délai estimé de rétablissement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour palette</source>
        <translation>Palette de couleurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cividis</source>
        <translation>Cividis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverging (errors)</source>
        <translation>Divergente (erreurs)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all territories (Home)</source>
        <translation>Afficher tous les territoires (Origine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Basemap: shipped state and county outlines</source>
        <translation>Fond de carte&#xa0;: contours fournis des États et des comtés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basemap from a raster file…</source>
        <translation>Fond de carte depuis un fichier raster…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forecast gust overlay</source>
        <translation>Surcouche des rafales prévues</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a basemap raster</source>
        <translation>Choisir un raster de fond de carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasters (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.png *.jpg)</source>
        <translation>Rasters (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.png *.jpg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>OverlayLegend</name>
    <message>
        <location filename="../ui/qml/map/OverlayLegend.qml" line="+31"/>
        <source>Analysed gust (%1)</source>
        <translation>Rafale analysée (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysed gust</source>
        <translation>Rafale analysée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast gust (%1)</source>
        <translation>Rafales prévues (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast gust</source>
        <translation>Rafales prévues</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>valid %1</source>
        <translation>valable le %1</translation>
    </message>
</context>
<context>
    <name>PreparingOverlay</name>
    <message>
        <location filename="../ui/qml/PreparingOverlay.qml" line="+26"/>
        <source>Setting up the demo utility</source>
        <translation>Préparation du distributeur de démonstration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No store exists yet, so Stormcrew is building a fictional utility on real Kentucky geography, with six years of storms and an incoming forecast, through the same importers you would use.</source>
        <translation>Aucun magasin n&apos;existe encore&#xa0;: Stormcrew construit donc un distributeur d&apos;électricité fictif sur la géographie réelle du Kentucky, avec six ans de tempêtes et une prévision à venir, au moyen des mêmes imports que vous utiliseriez.</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <location filename="../ui/qml/replay/ReplayBar.qml" line="+33"/>
        <source>Back to the plan</source>
        <translation>Retour au plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the replay and go back to the plan (Escape)</source>
        <translation>Quitter le rejeu et revenir au plan (Échap)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay storm:</source>
        <translation>Rejouer la tempête&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Storm to replay</source>
        <translation>Tempête à rejouer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead time:</source>
        <translation>Anticipation&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours before the storm&apos;s first outage</source>
        <translation>Heures avant la première panne de la tempête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model active then</source>
        <translation>Le modèle actif alors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model to replay with</source>
        <translation>Modèle avec lequel rejouer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replayed in %1 s</source>
        <translation>Rejouée en %1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review report</source>
        <translation>Rapport de revue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the review report as PDF or CSV</source>
        <translation>Enregistrer le rapport de revue en PDF ou CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review report (PDF)…</source>
        <translation>Rapport de revue (PDF)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Territories (CSV)…</source>
        <translation>Territoires (CSV)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReplayLegend</name>
    <message>
        <location filename="../ui/qml/replay/ReplayLegend.qml" line="+53"/>
        <source>too few</source>
        <translation>trop peu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too many</source>
        <translation>trop</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No prediction or no outages</source>
        <translation>Pas de prévision ou pas de pannes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a storm and replay it</source>
        <translation>Choisissez une tempête et rejouez-la</translation>
    </message>
</context>
<context>
    <name>ReplayMap</name>
    <message>
        <location filename="../ui/qml/replay/ReplayMap.qml" line="+17"/>
        <source>Actual outages</source>
        <translation>Pannes réelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected outages (as of then)</source>
        <translation>Pannes attendues (à ce moment)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: expected − actual</source>
        <translation>Erreur&#xa0;: attendues − réelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative error (%)</source>
        <translation>Erreur relative (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual against P10–P90</source>
        <translation>Réelles face à P10–P90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below P10 (fewer than expected)</source>
        <translation>Sous P10 (moins que prévu)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inside P10–P90</source>
        <translation>Dans P10–P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above P90 (more than expected)</source>
        <translation>Au-dessus de P90 (plus que prévu)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Map of the replay&apos;s %1</source>
        <translation>Carte du rejeu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the map shows</source>
        <translation>Ce que montre la carte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No territories in this store yet</source>
        <translation>Pas encore de territoires dans ce magasin</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Loading %n territories…</source>
        <translation>
            <numerusform>Chargement de %n territoire…</numerusform>
            <numerusform>Chargement de %n territoires…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaySummary</name>
    <message>
        <location filename="../ui/qml/replay/ReplaySummary.qml" line="+27"/>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replaying…</source>
        <translation>Rejeu en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a storm with recorded outcomes and replay it.</source>
        <translation>Choisissez une tempête aux résultats enregistrés et rejouez-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As of %1, %2 h before the first outage (%3), with model %4 (version %5). Only forecasts issued and observations ended by then were read.</source>
        <translation>Au %1, %2 h avant la première panne (%3), avec le modèle %4 (version %5). Seules les prévisions émises et les observations terminées à ce moment ont été lues.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outages expected then</source>
        <translation>Pannes attendues alors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10 %1 – P90 %2</source>
        <translation>P10 %1 – P90 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outages that happened</source>
        <translation>Pannes survenues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error of the total %1 %</source>
        <translation>erreur du total %1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log score</source>
        <translation>Score logarithmique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In P10–P90</source>
        <translation>Dans P10–P90</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>In P25–P75</source>
        <translation>Dans P25–P75</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In P5–P95</source>
        <translation>Dans P5–P95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
</context>
<context>
    <name>ReplayTimeline</name>
    <message>
        <location filename="../ui/qml/replay/ReplayTimeline.qml" line="+44"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hour of the storm</source>
        <translation>Heure de la tempête</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No storm replayed</source>
        <translation>Aucune tempête rejouée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 h from the first outage): %3 outages begun, %4 still out; expected in all %5 (P10 %6 – P90 %7)</source>
        <translation>%1 (%2 h après la première panne)&#xa0;: %3 pannes commencées, %4 encore en cours&#xa0;; attendues au total %5 (P10 %6 – P90 %7)</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <location filename="../ui/qml/replay/ReplayView.qml" line="+33"/>
        <source>Cannot replay: %1</source>
        <translation>Impossible de rejouer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Per territory</source>
        <translation>Par territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoration</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A against B</source>
        <translation>Modèle A face à B</translation>
    </message>
</context>
<context>
    <name>RestorationChart</name>
    <message>
        <location filename="../ui/qml/replay/RestorationChart.qml" line="+61"/>
        <source>hours after the all-clear</source>
        <translation>heures après la fin de l’alerte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>% of outages restored</source>
        <translation>% des pannes rétablies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan, dispatched: everyone back, P10–P90</source>
        <translation>Plan, réparti&#xa0;: tous rétablis, P10–P90</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan, dispatched: everyone back (P50)</source>
        <translation>Plan, réparti&#xa0;: tous rétablis (P50)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Crews deployed: everyone back (P50)</source>
        <translation>Équipes déployées&#xa0;: tous rétablis (P50)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored, as it happened</source>
        <translation>Rétablies, telles qu’elles l’ont été</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/qml/panels/SummaryPanel.qml" line="+17"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+34"/>
        <source>Predicting…</source>
        <translation>Prévision en cours…</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No prediction</source>
        <translation>Aucune prévision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast issued %1</source>
        <translation>Prévision émise le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storm %1</source>
        <translation>Tempête %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the prediction</source>
        <translation>Annuler la prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the re-planning</source>
        <translation>Annuler la nouvelle planification</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Outages (P50)</source>
        <translation>Pannes (P50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P10–P90: %1–%2</source>
        <translation>P10–P90&#xa0;: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10–P90: –</source>
        <translation>P10–P90&#xa0;: –</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crews needed</source>
        <translation>Équipes nécessaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own on hand: %1</source>
        <translation>propres disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on hand: –</source>
        <translation>disponibles&#xa0;: –</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mutual aid</source>
        <translation>Aide mutuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request by: –</source>
        <translation>à demander avant&#xa0;: –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none needed</source>
        <translation>aucune nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request by %1</source>
        <translation>demander avant le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % restored (P50)</source>
        <translation>%1 % rétablis (P50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P90: –</source>
        <translation>P90&#xa0;: –</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P90: %1</source>
        <translation>P90&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share of customers to restore</source>
        <translation>Part des clients à rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within</source>
        <translation>en</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hours to restore them in</source>
        <translation>Heures pour les rétablir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planning risk level</source>
        <translation>Niveau de risque de la planification</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Re-planning…</source>
        <translation>Nouvelle planification…</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+11"/>
        <source>Own crews on hand</source>
        <translation>Équipes propres disponibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From depots</source>
        <translation>Des dépôts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan with the crews the depots have</source>
        <translation>Planifier avec les équipes des dépôts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned in %1 s</source>
        <translation>Planifié en %1 s</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unlike the storms the model learnt from: %1</source>
        <translation>Différente des tempêtes dont le modèle a appris&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Most similar past storms: %1</source>
        <translation>Tempêtes passées les plus proches&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 outages)</source>
        <translation>%1 (%2 pannes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Model v%1 · contract passed</source>
        <translation>Modèle v%1 · contrat respecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model v%1 · CONTRACT FAILED</source>
        <translation>Modèle v%1 · CONTRAT NON RESPECTÉ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store: %1 (schema %2%3)</source>
        <translation>Magasin&#xa0;: %1 (schéma %2%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, read-only</source>
        <translation>, lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: not open</source>
        <translation>Magasin&#xa0;: non ouvert</translation>
    </message>
</context>
<context>
    <name>TerritoryChart</name>
    <message>
        <location filename="../ui/qml/replay/TerritoryChart.qml" line="+56"/>
        <source>outages</source>
        <translation>pannes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected, P10–P90</source>
        <translation>Attendues, P10–P90</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual</source>
        <translation>Réelles</translation>
    </message>
</context>
<context>
    <name>TerritoryDetailPanel</name>
    <message>
        <location filename="../ui/qml/panels/TerritoryDetailPanel.qml" line="+24"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territory: %1</source>
        <translation>Territoire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No territory selected</source>
        <translation>Aucun territoire sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a territory on the map or in the table to see its prediction and why the model expects it.</source>
        <translation>Sélectionnez un territoire sur la carte ou dans le tableau pour voir sa prédiction et les raisons qu&apos;en donne le modèle.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Expected outages</source>
        <translation>Pannes attendues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10–P90: %1–%2</source>
        <translation>P10–P90&#xa0;: %1–%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crews</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ETR P50 %1, P90 %2</source>
        <translation>ETR P50 %1, P90 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capped at its customers</source>
        <translation>plafonné à ses clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: a calm day would bring %1 outages here; each factor multiplies that.</source>
        <translation>Pourquoi&#xa0;: un jour calme causerait ici %1 pannes&#xa0;; chaque facteur multiplie ce nombre.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Worst past storms here</source>
        <translation>Pires tempêtes passées ici</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No past storm is recorded for this territory.</source>
        <translation>Aucune tempête passée n&apos;est enregistrée pour ce territoire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3 outages, %4 crews</source>
        <translation>%1 %2&#xa0;: %3 pannes, %4 équipes</translation>
    </message>
</context>
<context>
    <name>TerritoryTable</name>
    <message>
        <location filename="../ui/qml/panels/TerritoryTable.qml" line="+15"/>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by name or code</source>
        <translation>Filtrer par nom ou code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter territories</source>
        <translation>Filtrer les territoires</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No territories to list</source>
        <translation>Aucun territoire à afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicting…</source>
        <translation>Prévision en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prediction to list yet</source>
        <translation>Aucune prédiction à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Territories appear here, one row each, once they are imported.</source>
        <translation>Les territoires apparaissent ici, un par ligne, une fois importés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each territory gets a row with its predicted outages once a model has been trained.</source>
        <translation>Chaque territoire aura une ligne avec ses pannes prévues dès qu&apos;un modèle aura été entraîné.</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../ui/qml/panels/TimelineBar.qml" line="+23"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play or pause the storm hour by hour (Space on the map)</source>
        <translation>Lire ou mettre en pause la tempête heure par heure (Espace sur la carte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One hour back</source>
        <translation>Une heure en arrière</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One hour forward</source>
        <translation>Une heure en avant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computing the hours…</source>
        <translation>Calcul des heures…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Forecast hour</source>
        <translation>Heure de la prévision</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 h/s</source>
        <translation>2 h/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 h/s</source>
        <translation>4 h/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 h/s</source>
        <translation>8 h/s</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>No forecast loaded</source>
        <translation>Aucune prévision chargée</translation>
    </message>
</context>
<context>
    <name>TotalsChart</name>
    <message>
        <location filename="../ui/qml/replay/TotalsChart.qml" line="+66"/>
        <source>hours from the first outage</source>
        <translation>heures depuis la première panne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>outages</source>
        <translation>pannes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected total, P10–P90</source>
        <translation>Total attendu, P10–P90</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected total</source>
        <translation>Total attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Begun so far</source>
        <translation>Commencées jusqu’ici</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still out</source>
        <translation>Encore en cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline hour</source>
        <translation>Heure de la chronologie</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <location filename="../ui/qml/training/TrainingBanner.qml" line="+30"/>
        <source>TRAINING MODE</source>
        <translation>MODE FORMATION</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working on a copy of the store: calls and changes here never reach the operational store.</source>
        <translation>Travail sur une copie du magasin&#xa0;: les estimations et les changements faits ici n&apos;atteignent jamais le magasin opérationnel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session report…</source>
        <translation>Rapport de session…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End training</source>
        <translation>Terminer la formation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the control centre; the copy and its calls are removed (Ctrl+Shift+T)</source>
        <translation>Retour au centre de contrôle&#xa0;; la copie et ses estimations sont supprimées (Ctrl+Maj+T)</translation>
    </message>
</context>
<context>
    <name>TrainingCallPanel</name>
    <message>
        <location filename="../ui/qml/training/TrainingCallPanel.qml" line="+52"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As known %1 h before the first outage (%2); forecast issued %3. Strongest forecast gust %4 m/s.</source>
        <translation>Tel que connu %1&#xa0;h avant la première panne (%2)&#xa0;; prévision émise le %3. Rafale prévue la plus forte&#xa0;: %4&#xa0;m/s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As known %1 h before the first outage (%2). Strongest gust known then %3 m/s.</source>
        <translation>Tel que connu %1&#xa0;h avant la première panne (%2). Rafale la plus forte connue alors&#xa0;: %3&#xa0;m/s.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Crews</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole utility</source>
        <translation>Tout le distributeur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Crews for the whole utility</source>
        <translation>Équipes pour tout le distributeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outages for the whole utility</source>
        <translation>Pannes pour tout le distributeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By depot group (optional)</source>
        <translation>Par groupe de dépôt (facultatif)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 (%n territories)</source>
        <translation>
            <numerusform>%1 (%n territoire)</numerusform>
            <numerusform>%1 (%n territoires)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crews for %1</source>
        <translation>Équipes pour %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outages for %1</source>
        <translation>Pannes pour %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save call</source>
        <translation>Enregistrer l&apos;estimation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the model and what happened; the call is then locked</source>
        <translation>Montrer le modèle et ce qui s&apos;est passé&#xa0;; l&apos;estimation est alors verrouillée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revealed: this call is locked.</source>
        <translation>Révélée&#xa0;: cette estimation est verrouillée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call saved (in the training copy). Reveal when ready.</source>
        <translation>Estimation enregistrée (dans la copie de formation). Révélez quand vous êtes prêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter crews and outages for the whole utility, and for the groups you want to call.</source>
        <translation>Saisissez les équipes et les pannes pour tout le distributeur, et pour les groupes que vous voulez estimer.</translation>
    </message>
</context>
<context>
    <name>TrainingMap</name>
    <message>
        <location filename="../ui/qml/training/TrainingMap.qml" line="+21"/>
        <source>Forecast gust as known then (m/s)</source>
        <translation>Rafale prévue connue alors (m/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your call by group (outages)</source>
        <translation>Votre estimation par groupe (pannes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model by group (outages)</source>
        <translation>Modèle par groupe (pannes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual by group (outages)</source>
        <translation>Réel par groupe (pannes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model by territory (outages)</source>
        <translation>Modèle par territoire (pannes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual by territory (outages)</source>
        <translation>Réel par territoire (pannes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What if (outages)</source>
        <translation>Et si (pannes)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Map of the exercise: %1</source>
        <translation>Carte de l&apos;exercice&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the map shows</source>
        <translation>Ce que montre la carte</translation>
    </message>
</context>
<context>
    <name>TrainingRevealPanel</name>
    <message>
        <location filename="../ui/qml/training/TrainingRevealPanel.qml" line="+22"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to show yet: save your call, then reveal the model and what happened.</source>
        <translation>Rien à montrer pour l&apos;instant&#xa0;: enregistrez votre estimation, puis révélez le modèle et ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outages</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 20 %</source>
        <translation>À moins de 20&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+5"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Model v%1</source>
        <translation>Modèle v%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+43"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>You were closer than the model.</source>
        <translation>Vous étiez plus proche que le modèle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was closer.</source>
        <translation>Le modèle était plus proche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and the model were equally close.</source>
        <translation>Vous et le modèle étiez aussi proches l&apos;un que l&apos;autre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crews: you called %1; %2 were deployed. The model&apos;s range was %3 to %4 outages (P10 to P90).</source>
        <translation>Équipes&#xa0;: vous en avez annoncé %1&#xa0;; %2 ont été déployées. La fourchette du modèle était de %3 à %4 pannes (P10 à P90).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By depot group</source>
        <translation>Par groupe de dépôt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>TrainingScoreboard</name>
    <message>
        <location filename="../ui/qml/training/TrainingScoreboard.qml" line="+21"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storm</source>
        <translation>Tempête</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+71"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Mean error</source>
        <translation>Erreur moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean relative error</source>
        <translation>Erreur relative moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 20 %</source>
        <translation>À moins de 20&#xa0;%</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points for discussion</source>
        <translation>Points de discussion</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location filename="../ui/qml/training/TrainingView.qml" line="+128"/>
        <source>Past storm:</source>
        <translation>Tempête passée&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Past storm of the exercise</source>
        <translation>Tempête passée de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your call</source>
        <translation>Votre estimation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What if</source>
        <translation>Et si</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoreboard</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the session report</source>
        <translation>Enregistrer le rapport de la session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training mode cannot start</source>
        <translation>Le mode formation ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../ui/qml/training/WhatIfPanel.qml" line="+67"/>
        <source>The what-if explorer shows the model, so it opens after the reveal.</source>
        <translation>L&apos;explorateur d&apos;hypothèses montre le modèle&#xa0;: il s&apos;ouvre après la révélation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Peak gust</source>
        <translation>Rafale maximale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 m/s</source>
        <translation>%1&#xa0;m/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaf-on</source>
        <translation>Feuillaison</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Antecedent wetness</source>
        <translation>Humidité antérieure</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+57"/>
        <source>× %1</source>
        <translation>×&#xa0;%1</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Tree canopy</source>
        <translation>Couvert arboré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time since trimming</source>
        <translation>Temps depuis l&apos;élagage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 years</source>
        <translation>%1&#xa0;ans</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model with these changes: %1 outages (as it said: %2)</source>
        <translation>Modèle avec ces changements&#xa0;: %1 pannes (ce qu&apos;il disait&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every territory predicted again in %1 ms.</source>
        <translation>Tous les territoires prédits de nouveau en %1&#xa0;ms.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a territory on the map to see why.</source>
        <translation>Choisissez un territoire sur la carte pour voir pourquoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 outages with these changes</source>
        <translation>%1&#xa0;: %2 pannes avec ces changements</translation>
    </message>
</context>
<context>
    <name>stormcrew::AssetColumns</name>
    <message>
        <location filename="../model/ingest/assetcolumns.cpp" line="+85"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is negative</source>
        <translation>%1 est une valeur négative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is more than any territory has (at most %2)</source>
        <translation>%1 dépasse ce que peut avoir un territoire (au plus %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date au format AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>stormcrew::AssetImporter</name>
    <message>
        <location filename="../model/ingest/assetimporter.cpp" line="+41"/>
        <source>--map %1=%2: &apos;%1&apos; is not an asset attribute; they are: %3</source>
        <translation>--map %1=%2&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un attribut d&apos;actifs&#xa0;; les attributs sont&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has no column &apos;%1&apos; with the territory code; name it with --id-field (its columns are: %2)</source>
        <translation>n&apos;a pas de colonne «&#xa0;%1&#xa0;» avec le code du territoire&#xa0;; indiquez-la avec --id-field (ses colonnes sont&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has none of the asset columns %1; map yours with --map attribute=column (its columns are: %2)</source>
        <translation>n&apos;a aucune des colonnes d&apos;actifs %1&#xa0;; associez les vôtres avec --map attribut=colonne (ses colonnes sont&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asset columns read: %1.</source>
        <translation>Colonnes d&apos;actifs lues&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the territory code is empty</source>
        <translation>le code du territoire est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>territory &apos;%1&apos; is not in the store</source>
        <translation>le territoire «&#xa0;%1&#xa0;» n&apos;est pas dans le magasin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>territory %1 appears more than once</source>
        <translation>le territoire %1 apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>lines can be summed into overhead_km or underground_km, not &apos;%1&apos;</source>
        <translation>les lignes électriques ne peuvent être additionnées que dans overhead_km ou underground_km, pas dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the store holds no territory yet; import territories first</source>
        <translation>le magasin ne contient encore aucun territoire&#xa0;; importez d&apos;abord les territoires</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the outline of territory %1 in the store cannot be read</source>
        <translation>le contour du territoire %1 dans le magasin est illisible</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is a %1, not a line</source>
        <translation>est de type %1, pas une géométrie linéaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no geometry</source>
        <translation>n&apos;a pas de géométrie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the line lies in no territory</source>
        <translation>la ligne électrique ne se trouve dans aucun territoire</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 km of lines, %2 km inside territories, summed into %3 of %4 territories (%5); the others keep their value.</source>
        <translation>%1 km de lignes électriques, %2 km à l&apos;intérieur des territoires, additionnés dans %3 territoires sur %4 (%5)&#xa0;; les autres gardent leur valeur.</translation>
    </message>
</context>
<context>
    <name>stormcrew::AssetWriter</name>
    <message>
        <location filename="../model/ingest/assetwriter.cpp" line="+32"/>
        <source>depot &apos;%1&apos; is not in the store</source>
        <translation>le dépôt «&#xa0;%1&#xa0;» n&apos;est pas dans le magasin</translation>
    </message>
</context>
<context>
    <name>stormcrew::BriefingController</name>
    <message>
        <location filename="../ui/briefing/briefingcontroller.cpp" line="+76"/>
        <location line="+27"/>
        <location line="+29"/>
        <source>No store is open.</source>
        <translation>Aucun magasin n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The store is open read-only (--read-only); start Stormcrew without it to record decisions.</source>
        <translation>Le magasin est ouvert en lecture seule (--read-only)&#xa0;; lancez Stormcrew sans cette option pour enregistrer des décisions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wait until the prediction and the crew plan are up to date.</source>
        <translation>Attendez que la prévision et le plan des équipes soient à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no prediction to decide on yet.</source>
        <translation>Il n&apos;y a pas encore de prévision sur laquelle décider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no crew plan to record yet.</source>
        <translation>Il n&apos;y a pas encore de plan des équipes à enregistrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Another action is still running.</source>
        <translation>Une autre action est encore en cours.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>%1 is not a local file; choose a file on this computer.</source>
        <translation>%1 n&apos;est pas un fichier local&#xa0;; choisissez un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The territory table could not be exported: %1</source>
        <translation>La table des territoires n&apos;a pas pu être exportée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Territory table written to %1.</source>
        <translation>Table des territoires écrite dans %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no prediction to brief on yet.</source>
        <translation>Il n&apos;y a pas encore de prévision pour le point de situation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>The briefing could not be written: %1</source>
        <translation>Le point de situation n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Briefing written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Point de situation écrit dans %1 (%n page).</numerusform>
            <numerusform>Point de situation écrit dans %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>The decision could not be recorded: %1</source>
        <translation>La décision n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision recorded at %1 as plan #%2 (by %3).</source>
        <translation>Décision enregistrée à %1 comme plan n°&#xa0;%2 (par %3).</translation>
    </message>
</context>
<context>
    <name>stormcrew::CommandLine</name>
    <message>
        <location filename="../model/engine/commandline.cpp" line="+18"/>
        <source>Store file to open (default: %1).</source>
        <translation>Fichier du magasin à ouvrir (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the store for viewing only.</source>
        <translation>Ouvrir le magasin en consultation seule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print debug messages.</source>
        <translation>Afficher les messages de débogage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the interface: en, es or fr (default: the system&apos;s).</source>
        <translation>Langue de l&apos;interface&#xa0;: en, es ou fr (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run with --help to see the options.</source>
        <translation>Lancez avec --help pour voir les options.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--lang %1 is not available; choose one of: %2</source>
        <translation>--lang %1 n&apos;est pas disponible&#xa0;; choisissez parmi&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::CrossValidator</name>
    <message>
        <location filename="../model/stats/crossvalidation.cpp" line="+66"/>
        <source>cross-validation needs two folds or more; the fold column has %1</source>
        <translation>la validation croisée demande au moins deux blocs&#xa0;; la colonne des blocs en a %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fold %1: %2</source>
        <translation>bloc %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::CsvReader</name>
    <message>
        <location filename="../model/ingest/csvreader.cpp" line="+45"/>
        <location line="+9"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is empty; a CSV file starts with a header line</source>
        <translation>est vide&#xa0;; un fichier CSV commence par une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>a quoted field opened on this line is never closed (a &quot; is missing)</source>
        <translation>un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé (il manque un &quot;)</translation>
    </message>
</context>
<context>
    <name>stormcrew::CsvSource</name>
    <message>
        <location filename="../model/ingest/csvsource.cpp" line="+111"/>
        <source>cannot be read as CSV: %1</source>
        <translation>ne peut pas être lu comme CSV&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>stormcrew::CsvTable</name>
    <message>
        <location filename="../model/stats/csvtable.cpp" line="+86"/>
        <source>a quoted field opened here is never closed</source>
        <translation>un champ entre guillemets ouvert ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected text after a closing quote</source>
        <translation>texte inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is empty; expected a header line naming the columns</source>
        <translation>le fichier est vide&#xa0;; une ligne d&apos;en-tête nommant les colonnes était attendue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the header names column &apos;%1&apos; twice</source>
        <translation>l&apos;en-tête nomme deux fois la colonne &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the row has %1 fields where the header names %2</source>
        <translation>la ligne a %1 champs là où l&apos;en-tête en nomme %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::Error</name>
    <message>
        <location filename="../model/domain/error.cpp" line="+12"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::Evaluator</name>
    <message>
        <location filename="../model/engine/evaluation.cpp" line="+33"/>
        <source>model, one global fit</source>
        <translation>modèle, un ajustement global</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model, territory intercepts pooled</source>
        <translation>modèle, constantes par territoire mises en commun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline: wind only</source>
        <translation>référence&#xa0;: vent seul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline: territory climatology</source>
        <translation>référence&#xa0;: climatologie du territoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline: three most similar storms</source>
        <translation>référence&#xa0;: les trois tempêtes les plus proches</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>evaluation needs at least 4 past storms; the store has %1</source>
        <translation>l&apos;évaluation exige au moins 4 tempêtes passées&#xa0;; le magasin en a %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the evaluation was cancelled</source>
        <translation>l&apos;évaluation a été annulée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>storm %1: %2</source>
        <translation>tempête %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/engine/evaluationreport.cpp" line="+26"/>
        <source># Leave-one-storm-out evaluation</source>
        <translation># Évaluation en laissant une tempête de côté à chaque fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 storms, %2 storm-territory rows. Each storm was held out in turn; the models were trained on the others (ridge penalty by inner cross-validation) and predicted it.</source>
        <translation>%1 tempêtes, %2 lignes tempête-territoire. Chaque tempête a été mise de côté à son tour&#xa0;; les modèles ont été entraînés sur les autres (pénalité ridge par validation croisée interne) et l&apos;ont prédite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>## Overall</source>
        <translation>## Ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean deviance</source>
        <translation>déviance moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean log score</source>
        <translation>score logarithmique moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm total, abs. % error</source>
        <translation>total de la tempête, erreur abs. %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Interval columns: the share of held-out territory counts inside the central 50, 80 and 90 % predictive intervals (well calibrated: 50, 80 and 90 %).</source>
        <translation>Colonnes d&apos;intervalles&#xa0;: la part des comptes des territoires mis de côté dans les intervalles prédictifs centraux à 50, 80 et 90 % (bien calibré&#xa0;: 50, 80 et 90 %).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>## Calibration of the model (one global fit)</source>
        <translation>## Calibrage du modèle (un ajustement global)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>predicted mean range</source>
        <translation>plage de la moyenne prévue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean predicted</source>
        <translation>moyenne prévue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean observed</source>
        <translation>moyenne observée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Per storm</source>
        <translation>## Par tempête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm</source>
        <translation>tempête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cells: predicted storm total (absolute % error of the total).</source>
        <translation>Cellules&#xa0;: total prévu de la tempête (erreur absolue en % du total).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::FeatureBuilder</name>
    <message>
        <location filename="../model/features/featurebuilder.cpp" line="+38"/>
        <source>Leaf-on from NDVI for %1 of %2 territories (%3 scaled by their own season, %4 by the fixed dormant and full-leaf NDVI); the calendar and latitude for the others.</source>
        <translation>Feuillaison tirée du NDVI pour %1 territoires sur %2 (%3 mis à l&apos;échelle de leur propre saison, %4 par le couple fixe de NDVI en dormance et en pleine feuillaison)&#xa0;; le calendrier et la latitude pour les autres.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>has no storm with id %1</source>
        <translation>n&apos;a aucune tempête d&apos;id %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>holds no forecast issued by %1</source>
        <translation>ne contient aucune prévision émise au plus tard le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds no forecast (weather rows with an issued time)</source>
        <translation>ne contient aucune prévision (lignes météo avec une heure d&apos;émission)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>has no storm with code &apos;%1&apos;</source>
        <translation>n&apos;a aucune tempête de code «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>stormcrew::FeatureCatalogue</name>
    <message>
        <location filename="../model/features/featurecatalogue.cpp" line="+22"/>
        <location line="+7"/>
        <source>m/s</source>
        <translation>m/s</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Peak gust</source>
        <translation>Rafale maximale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strongest gust of the hourly (or finer) weather rows valid from the storm&apos;s start to its end, both included. Without such rows, the strongest daily gust of the storm&apos;s days.</source>
        <translation>La rafale la plus forte des lignes météo horaires (ou plus fines) valides du début de la tempête à sa fin, bornes comprises. Sans de telles lignes, la plus forte rafale journalière des jours de la tempête.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peak sustained wind</source>
        <translation>Vent soutenu maximal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strongest sustained wind of the same rows (from daily weather: the highest daily mean wind).</source>
        <translation>Le vent soutenu le plus fort des mêmes lignes (avec la météo journalière&#xa0;: le vent moyen journalier le plus élevé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours with gusts of 20 m/s or more</source>
        <translation>Heures de rafales de 20 m/s ou plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hours of the same rows with a gust of at least 20 m/s (a row counts its period). Daily weather cannot tell it.</source>
        <translation>Les heures des mêmes lignes avec une rafale d&apos;au moins 20 m/s (chaque ligne compte sa période). La météo journalière ne permet pas de le savoir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+24"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Storm precipitation</source>
        <translation>Précipitations de la tempête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precipitation of the same rows (from daily weather: of the storm&apos;s days).</source>
        <translation>Précipitations des mêmes lignes (avec la météo journalière&#xa0;: des jours de la tempête).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Precipitation of the 14 days before</source>
        <translation>Précipitations des 14 jours précédents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily precipitation of the 14 days before the storm&apos;s start day (UTC); for a forecast, before the day it was issued. When at most a fifth of the days are missing, they count as the mean of the others.</source>
        <translation>Précipitations journalières des 14 jours précédant le jour de début de la tempête (UTC)&#xa0;; pour une prévision, précédant le jour de son émission. S&apos;il manque au plus un cinquième des jours, ils comptent pour la moyenne des autres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Precipitation of the 30 days before</source>
        <translation>Précipitations des 30 jours précédents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same over the 30 days before.</source>
        <translation>La même chose sur les 30 jours précédents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since significant rain</source>
        <translation>Jours depuis une pluie importante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days from the last day with at least 10 mm to the start day (the day before counts 1), at most 60. When none of the days the daily weather covers without a gap had 10 mm, the number of those days (at least that many).</source>
        <translation>Jours entre le dernier jour d&apos;au moins 10 mm et le jour de début (la veille compte 1), au plus 60. Si aucun des jours que la météo journalière couvre sans trou n&apos;a eu 10 mm, le nombre de ces jours (au moins autant).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>0..1</source>
        <translation>0..1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Leaf-on</source>
        <translation>Feuillaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fully deciduous trees are in leaf when the storm starts. With NDVI composites within 32 days (known by the as-of time): the NDVI interpolated in time, scaled by the territory&apos;s own seasonal minimum and maximum (White et al. 1997; Zhang et al. 2003), or by 0.3 (dormant) and 0.8 (full leaf) when its series is too short. Otherwise from the latitude (the centre of its bounding box): green-up and leaf fall of the Ohio Valley, 4 days later (earlier) per degree north.</source>
        <translation>Degré de feuillaison des arbres caducifoliés au début de la tempête. Avec des composites NDVI à moins de 32&#xa0;jours (connus à la date de référence)&#xa0;: le NDVI interpolé dans le temps, mis à l&apos;échelle du minimum et du maximum saisonniers du territoire (White et al. 1997&#xa0;; Zhang et al. 2003), ou de 0,3 (dormance) et 0,8 (pleine feuillaison) quand sa série est trop courte. Sinon d&apos;après la latitude (le centre de son rectangle englobant)&#xa0;: débourrement et chute des feuilles de la vallée de l&apos;Ohio, 4&#xa0;jours plus tard (plus tôt) par degré vers le nord.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snow and ice</source>
        <translation>Neige et glace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snowfall plus ice accretion of the storm&apos;s rows (a row without them counts 0).</source>
        <translation>Chute de neige plus accumulation de glace des lignes de la tempête (une ligne qui n&apos;en indique pas compte 0).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tree canopy</source>
        <translation>Couvert arboré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of the territory under tree canopy, from the canopy raster import.</source>
        <translation>La part du territoire sous couvert arboré, issue de l&apos;import du raster de couvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overhead line</source>
        <translation>Ligne aérienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kilometres of overhead line in the territory: the exposure.</source>
        <translation>Kilomètres de ligne aérienne dans le territoire&#xa0;: l&apos;exposition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years since trimming</source>
        <translation>Années depuis l&apos;élagage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years of 365.25 days from the last trimming (00:00 UTC of its date) to the storm&apos;s start.</source>
        <translation>Années de 365,25 jours entre le dernier élagage (00:00 UTC à sa date) et le début de la tempête.</translation>
    </message>
</context>
<context>
    <name>stormcrew::FeatureNotes</name>
    <message>
        <location filename="../model/features/featureassembly.cpp" line="+38"/>
        <source>%1 (period unknown: one valid time per territory; not read)</source>
        <translation>%1 (période inconnue&#xa0;: une seule heure de validité par territoire&#xa0;; non lue)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (daily)</source>
        <translation>%1 (journalière)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (every %2 days: longer than a day, not read)</source>
        <translation>%1 (tous les %2 jours&#xa0;: plus d&apos;un jour, non lue)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (every %2 h)</source>
        <translation>%1 (toutes les %2 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (every %2 min)</source>
        <translation>%1 (toutes les %2 min)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No weather was read.</source>
        <translation>Aucune donnée météo n&apos;a été lue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weather read: %1. Hourly or finer sources give the storm window, daily ones the days before.</source>
        <translation>Météo lue&#xa0;: %1. Les sources horaires ou plus fines donnent la fenêtre de la tempête, les journalières les jours précédents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As of %1: only observations whose period had ended and forecasts issued by then.</source>
        <translation>Au %1&#xa0;: seulement les observations dont la période était terminée et les prévisions émises jusque-là.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hourly weather covers %1 of %2 territories in the storm window.</source>
        <translation>La météo horaire couvre %1 territoires sur %2 dans la fenêtre de la tempête.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 territories take peak gust, peak wind and storm precipitation from daily weather; their hours with gusts of 20 m/s or more are missing.</source>
        <translation>%1 territoires prennent la rafale maximale, le vent maximal et les précipitations de la tempête dans la météo journalière&#xa0;; leurs heures de rafales de 20 m/s ou plus manquent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 territories have no weather for the storm window: its features are missing there.</source>
        <translation>%1 territoires n&apos;ont pas de météo pour la fenêtre de la tempête&#xa0;: ses variables y manquent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of the window&apos;s %2 hourly rows are forecasts (newest issue %3).</source>
        <translation>%1 des %2 lignes horaires de la fenêtre sont des prévisions (dernière émission %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No weather row of the storm window reports snow or ice; snow and ice are 0.</source>
        <translation>Aucune ligne météo de la fenêtre de la tempête n&apos;indique de neige ni de glace&#xa0;; neige et glace valent 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Precipitation of the %1 days before: %2 territories miss some days, counted as the mean of the others.</source>
        <translation>Précipitations des %1 jours précédents&#xa0;: il manque des jours à %2 territoires, comptés pour la moyenne des autres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Precipitation of the %1 days before is missing for %2 of %3 territories (more than a fifth of the days have no daily weather).</source>
        <translation>Les précipitations des %1 jours précédents manquent pour %2 territoires sur %3 (plus d&apos;un cinquième des jours n&apos;ont pas de météo journalière).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days since significant rain is a lower bound for %1 territories: no day with 10 mm in the days their daily weather covers without a gap.</source>
        <translation>Les jours depuis une pluie importante sont un minorant pour %1 territoires&#xa0;: aucun jour de 10 mm parmi les jours que leur météo journalière couvre sans trou.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days since significant rain is missing for %1 territories (no daily weather for the day before).</source>
        <translation>Les jours depuis une pluie importante manquent pour %1 territoires (pas de météo journalière pour la veille).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tree canopy is missing for %1 territories (import a canopy raster).</source>
        <translation>Le couvert arboré manque pour %1 territoires (importez un raster de couvert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overhead line length is missing for %1 territories (import assets).</source>
        <translation>La longueur de ligne aérienne manque pour %1 territoires (importez les actifs).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last trimming date is missing for %1 territories (import assets).</source>
        <translation>La date du dernier élagage manque pour %1 territoires (importez les actifs).</translation>
    </message>
</context>
<context>
    <name>stormcrew::ForecastController</name>
    <message>
        <location filename="../ui/forecast/forecastcontroller.cpp" line="+342"/>
        <source>There is no prediction to export yet.</source>
        <translation>Il n&apos;y a pas encore de prévision à exporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is not open.</source>
        <translation>Le magasin n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>stormcrew::GdalRaster</name>
    <message>
        <location filename="../model/ingest/gdalraster.cpp" line="+83"/>
        <source>unknown GDAL error</source>
        <translation>erreur GDAL inconnue</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be read as a raster: %1</source>
        <translation>ne peut pas être lu comme raster&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has no raster bands</source>
        <translation>n&apos;a aucune bande raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds several variables; import one of them by its GDAL name, e.g. &quot;%1&quot; (all: %2)</source>
        <translation>contient plusieurs variables&#xa0;; importez-en une par son nom GDAL, p. ex. &quot;%1&quot; (toutes&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has ground control points only; warp it first: gdalwarp -t_srs EPSG:4326 in.tif out.tif</source>
        <translation>il n&apos;a que des points de contrôle au sol (GCP)&#xa0;; transformez-le d&apos;abord&#xa0;: gdalwarp -t_srs EPSG:4326 in.tif out.tif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign them with: gdal_translate -a_srs EPSG:4326 -a_ullr ULX ULY LRX LRY in.tif out.tif</source>
        <translation>attribuez-les avec&#xa0;: gdal_translate -a_srs EPSG:4326 -a_ullr ULX ULY LRX LRY in.tif out.tif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no georeferencing (no pixel size and origin); %1</source>
        <translation>n&apos;a pas de géoréférencement (ni taille de pixel ni origine)&#xa0;; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no coordinate reference system; assign one with: gdal_translate -a_srs EPSG:XXXX in.tif out.tif</source>
        <translation>n&apos;a pas de système de coordonnées de référence&#xa0;; attribuez-lui-en un avec&#xa0;: gdal_translate -a_srs EPSG:XXXX in.tif out.tif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a degenerate geotransform (a pixel size of 0)</source>
        <translation>a une géotransformation dégénérée (taille de pixel nulle)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its CRS cannot be reached from WGS 84: %1</source>
        <translation>aucune transformation de WGS 84 vers son SCR&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>cannot be read (band %1, rows %2-%3): %4</source>
        <translation>ne peut pas être lu (bande %1, lignes %2-%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>territory %1 has an unreadable outline</source>
        <translation>le contour du territoire %1 est illisible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>territory %1 cannot be projected into the raster&apos;s CRS %2: %3</source>
        <translation>le territoire %1 ne peut pas être projeté dans le SCR du raster %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>territory %1 falls outside the domain of the raster&apos;s CRS %2</source>
        <translation>le territoire %1 sort du domaine de validité du SCR du raster %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>territory %1 is not a polygon</source>
        <translation>le territoire %1 n&apos;est pas un polygone</translation>
    </message>
</context>
<context>
    <name>stormcrew::GhcnImporter</name>
    <message numerus="yes">
        <location filename="../model/ingest/ghcnimporter.cpp" line="+74"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--units &apos;%1&apos;: a GHCN-Daily CSV is in standard (mph, in, F), metric (m/s, mm, C) or tenths (raw GHCN-Daily values) units</source>
        <translation>--units «&#xa0;%1&#xa0;»&#xa0;: un CSV GHCN-Daily est en unités standard (mph, in, F), metric (m/s, mm, C) ou tenths (valeurs GHCN-Daily brutes)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--max-distance-km must be a positive number</source>
        <translation>--max-distance-km doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not UTF-8 text; convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.csv &gt; out.csv</source>
        <translation>n&apos;est pas du texte UTF-8&#xa0;; convertissez-le d&apos;abord, p. ex. iconv -f WINDOWS-1252 -t UTF-8 in.csv &gt; out.csv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the store holds no territories; import them first</source>
        <translation>le magasin ne contient aucun territoire&#xa0;; importez-les d&apos;abord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a header but no rows</source>
        <translation>a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>territory %1: %2</source>
        <translation>territoire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 (%n station(s), nearest %2 at %3 km)</source>
        <translation>
            <numerusform>%1 (%n station, la plus proche %2 à %3 km)</numerusform>
            <numerusform>%1 (%n stations, la plus proche %2 à %3 km)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 %3, %4 km)</source>
        <translation>%1 (%2 %3, %4 km)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>territory %1 already has %2 weather for %3 in the store</source>
        <translation>le territoire %1 a déjà des données météo %2 pour le jour %3 dans le magasin</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n territory-day(s) stored from %1 station(s)</source>
        <translation>
            <numerusform>%n couple territoire-jour enregistré à partir de %1 station(s)</numerusform>
            <numerusform>%n couples territoire-jour enregistrés à partir de %1 station(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stations within %1 km, weighted by 1/distance^2: %2</source>
        <translation>Stations à moins de %1 km, pondérées par 1/distance^2&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each value from the nearest station within %1 km that reported it; nearest stations: %2</source>
        <translation>Chaque valeur provient de la station la plus proche à moins de %1 km qui l&apos;a relevée&#xa0;; stations les plus proches&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No station within %1 km, nothing stored for: %2</source>
        <translation>Aucune station à moins de %1 km&#xa0;; rien n&apos;a été enregistré pour&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n value(s) failed NOAA&apos;s quality checks (quality flag set) and were left out</source>
        <translation>
            <numerusform>%n valeur n&apos;a pas passé les contrôles de qualité de la NOAA (indicateur de qualité renseigné) et a été écartée</numerusform>
            <numerusform>%n valeurs n&apos;ont pas passé les contrôles de qualité de la NOAA (indicateur de qualité renseigné) et ont été écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>temp_c is the mean of TMAX and TMIN; %n station-day(s) with only one of them have no temp_c</source>
        <translation>
            <numerusform>temp_c est la moyenne de TMAX et TMIN&#xa0;; %n couple station-jour avec une seule des deux valeurs n&apos;a pas de temp_c</numerusform>
            <numerusform>temp_c est la moyenne de TMAX et TMIN&#xa0;; %n couples station-jour avec une seule des deux valeurs n&apos;ont pas de temp_c</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n territory-day(s) without wind_ms: the weighted gust came out below the weighted wind (different stations reported them)</source>
        <translation>
            <numerusform>%n couple territoire-jour sans wind_ms&#xa0;: la rafale pondérée est ressortie inférieure au vent moyen pondéré (relevés par des stations différentes)</numerusform>
            <numerusform>%n couples territoire-jour sans wind_ms&#xa0;: la rafale pondérée est ressortie inférieure au vent moyen pondéré (relevés par des stations différentes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no station lies within %1 km of any territory; raise --max-distance-km or check the stations&apos; coordinates</source>
        <translation>aucune station ne se trouve à moins de %1 km d&apos;un territoire&#xa0;; augmentez --max-distance-km ou vérifiez les coordonnées des stations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing new: the store already holds %1 weather for every territory and day of this file</source>
        <translation>rien de nouveau&#xa0;: le magasin contient déjà des données météo %1 pour chaque territoire et chaque jour de ce fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the stations in reach reported none of AWND, WSF2, WSF5, PRCP, SNOW, TMAX and TMIN</source>
        <translation>les stations à portée n&apos;ont relevé aucun des éléments AWND, WSF2, WSF5, PRCP, SNOW, TMAX et TMIN</translation>
    </message>
</context>
<context>
    <name>stormcrew::GhcnRows</name>
    <message>
        <location filename="../model/ingest/ghcnrows.cpp" line="+79"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>tenths of m/s</source>
        <translation>dixièmes de m/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenths of C</source>
        <translation>dixièmes de C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenths of mm</source>
        <translation>dixièmes de mm</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has no column &apos;%1&apos; (columns: %2); order NOAA&apos;s GHCN-Daily CSV with the station name and the geographic location included</source>
        <translation>n&apos;a pas de colonne «&#xa0;%1&#xa0;» (colonnes&#xa0;: %2)&#xa0;; commandez le CSV GHCN-Daily de la NOAA en incluant le nom de la station et la localisation géographique</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>has none of the GHCN-Daily elements AWND, WSF2, WSF5, PRCP, SNOW, TMAX, TMIN (columns: %1)</source>
        <translation>n&apos;a aucun des éléments GHCN-Daily AWND, WSF2, WSF5, PRCP, SNOW, TMAX, TMIN (colonnes&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no station</source>
        <translation>aucune station</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a date; NOAA writes dates as yyyy-mm-dd</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; la NOAA écrit les dates sous la forme yyyy-mm-dd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no latitude</source>
        <translation>pas de latitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longitude</source>
        <translation>pas de longitude</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>latitude %1 is outside -90..90</source>
        <translation>la latitude %1 est hors de -90..90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude %1 is outside -180..180</source>
        <translation>la longitude %1 est hors de -180..180</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 %2 = %3</source>
        <translation>%1 %2 = %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 %3 is below the average wind AWND %4 %3</source>
        <translation>%1 %2 %3 est inférieur au vent moyen AWND %4 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TMAX %1 %3 is below TMIN %2 %3</source>
        <translation>TMAX %1 %3 est inférieur à TMIN %2 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>station %1 already has a row for %2 (line %3)</source>
        <translation>la station %1 a déjà une ligne pour la date %2 (ligne %3)</translation>
    </message>
</context>
<context>
    <name>stormcrew::Glm</name>
    <message>
        <location filename="../model/stats/glm.cpp" line="+253"/>
        <source>the model has no rows or no coefficients</source>
        <translation>le modèle n&apos;a pas de lignes ou pas de coefficients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the response has %1 rows, the design %2</source>
        <translation>la réponse a %1 lignes, le plan %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the offset has %1 rows, the design %2</source>
        <translation>le décalage a %1 lignes, le plan %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the ridge penalty must be zero or positive, not %1</source>
        <translation>la pénalité ridge doit être nulle ou positive, pas %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1: the response must be a count (a whole number, zero or more), not %2</source>
        <translation>ligne %1&#xa0;: la réponse doit être un comptage (un nombre entier, zéro ou plus), pas %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the fit broke down: the weighted design is singular (counts too large, or a predictor that separates zero counts)</source>
        <translation>l&apos;ajustement a échoué&#xa0;: le plan pondéré est singulier (comptages trop grands, ou un prédicteur qui sépare les comptages nuls)</translation>
    </message>
</context>
<context>
    <name>stormcrew::GridWeatherImporter</name>
    <message>
        <location filename="../model/ingest/gridweatherimporter.cpp" line="+99"/>
        <source>the store holds no territories; import them first</source>
        <translation>le magasin ne contient aucun territoire&#xa0;; importez-les d&apos;abord</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>band %1 has no valid time (no GRIB_VALID_TIME, or the 1970-01-01 placeholder; no NetCDF time with units); give --valid-time and, for several bands, --step-hours</source>
        <translation>la bande %1 n&apos;a pas d&apos;heure de validité (pas de GRIB_VALID_TIME, ou la valeur de remplacement 1970-01-01&#xa0;; pas de temps NetCDF avec unités)&#xa0;; indiquez --valid-time et, pour plusieurs bandes, --step-hours</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>band %1 is in &apos;%2&apos;, which does not convert to %3; give the unit with --units</source>
        <translation>la bande %1 est en «&#xa0;%2&#xa0;», qui ne se convertit pas pour %3&#xa0;; indiquez l&apos;unité avec --units</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>band %1, territory %2: %3</source>
        <translation>bande %1, territoire %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n territory-step(s) outside the grid or on nodata only; not stored</source>
        <translation>
            <numerusform>%n couple territoire-pas de temps hors de la grille ou uniquement sur nodata&#xa0;; non enregistré</numerusform>
            <numerusform>%n couples territoire-pas de temps hors de la grille ou uniquement sur nodata&#xa0;; non enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n grid(s) of %1 kept in the store for the map</source>
        <translation>
            <numerusform>%n grille de %1 conservée dans la base pour la carte</numerusform>
            <numerusform>%n grilles de %1 conservées dans la base pour la carte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per territory: the %2 over the grid cells it overlaps</source>
        <translation>%1 par territoire&#xa0;: %2 des cellules de la grille qu&apos;il recouvre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maximum</source>
        <translation>le maximum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coverage-weighted mean</source>
        <translation>la moyenne pondérée par la couverture</translation>
    </message>
</context>
<context>
    <name>stormcrew::Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+62"/>
        <source>Stormcrew control centre: predicted storm outages and repair crews per service territory.</source>
        <translation>Centre de contrôle Stormcrew&#xa0;: pannes prédites lors des tempêtes et équipes de réparation par territoire de desserte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load every QML page and exit; non-zero on any warning.</source>
        <translation>Charger toutes les pages QML et quitter&#xa0;; code non nul au moindre avertissement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a PNG of the main window and exit.</source>
        <translation>Enregistrer un PNG de la fenêtre principale et quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size for --screenshot (default 1440x900).</source>
        <translation>Taille de la fenêtre pour --screenshot (par défaut&#xa0;: 1440x900).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour theme: light or dark.</source>
        <translation>Thème de couleurs&#xa0;: light (clair) ou dark (sombre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forecast hour the timeline opens at (default: the last), e.g. for --screenshot.</source>
        <translation>Heure de la prévision à laquelle s&apos;ouvre la frise (par défaut&#xa0;: la dernière), p. ex. pour --screenshot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Open in training mode, on a copy of the store.</source>
        <translation>Ouvrir en mode formation, sur une copie du magasin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past storm of the training exercise (code), with --training.</source>
        <translation>Tempête passée de l&apos;exercice de formation (code), avec --training.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee&apos;s call for the whole utility, with --training: outages and crews, e.g. 1200,40.</source>
        <translation>L&apos;estimation du stagiaire pour tout le distributeur, avec --training&#xa0;: pannes et équipes, par ex. 1200,40.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outages,crews</source>
        <translation>pannes,équipes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reveal the exercise after the call (--training-call), with --training.</source>
        <translation>Révéler l&apos;exercice après l&apos;estimation (--training-call), avec --training.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the storm replay on a stored storm (code or id), e.g. for --screenshot.</source>
        <translation>Ouvrir le rejeu sur une tempête enregistrée (code ou id), p. ex. pour --screenshot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm</source>
        <translation>tempête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --replay: hours before the storm&apos;s first outage (default 48h).</source>
        <translation>Avec --replay&#xa0;: heures avant la première panne de la tempête (48h par défaut).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--size %1 is not of the form WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--size %1 n&apos;est pas de la forme LARGEURxHAUTEUR, p. ex. 1600x1000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--theme %1 is not available; choose light or dark</source>
        <translation>--theme %1 n&apos;est pas disponible&#xa0;; choisissez light ou dark</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--hour %1 is not a whole number of hours from 0, e.g. --hour 12</source>
        <translation>--hour %1 n&apos;est pas un nombre entier d&apos;heures à partir de 0, p. ex. --hour 12</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--lead %1: expected hours from 0 to 720 such as 48h, with --replay STORM</source>
        <translation>--lead %1&#xa0;: des heures de 0 à 720 étaient attendues, comme 48h, avec --replay TEMPÊTE</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--training-call %1 is not outages and crews from 0 up, e.g. --training-call 1200,40</source>
        <translation>--training-call %1 n&apos;est pas des pannes et des équipes à partir de 0, par ex. --training-call 1200,40</translation>
    </message>
</context>
<context>
    <name>stormcrew::ImportReport</name>
    <message>
        <location filename="../model/ingest/importreport.cpp" line="+72"/>
        <source>Missing value</source>
        <translation>Valeur manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a number</source>
        <translation>Pas un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Physically impossible</source>
        <translation>Physiquement impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unparseable or ambiguous time</source>
        <translation>Heure illisible ou ambiguë</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside every territory</source>
        <translation>Hors de tout territoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown territory</source>
        <translation>Territoire inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad geometry</source>
        <translation>Géométrie invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown depot</source>
        <translation>Dépôt inconnu</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 import of %2: %3 rows read, %4 accepted, %5 rejected</source>
        <translation>Import %1 de %2&#xa0;: %3 lignes lues, %4 acceptées, %5 rejetées</translation>
    </message>
</context>
<context>
    <name>stormcrew::ImportTransaction</name>
    <message>
        <location filename="../model/ingest/importtransaction.cpp" line="+24"/>
        <source>is open read-only; imports need write access</source>
        <translation>est ouvert en lecture seule&#xa0;; les imports ont besoin d&apos;un accès en écriture</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the import transaction is not open</source>
        <translation>la transaction d&apos;import n&apos;est pas ouverte</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) rejected, nothing imported; fix the input or use --keep-going</source>
        <translation>
            <numerusform>%n ligne rejetée, rien n&apos;a été importé&#xa0;; corrigez l&apos;entrée ou utilisez --keep-going</numerusform>
            <numerusform>%n lignes rejetées, rien n&apos;a été importé&#xa0;; corrigez l&apos;entrée ou utilisez --keep-going</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no row could be imported</source>
        <translation>aucune ligne n&apos;a pu être importée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2 accepted, %3 rejected</source>
        <translation>%1&#xa0;: %2 acceptées, %3 rejetées</translation>
    </message>
</context>
<context>
    <name>stormcrew::IncidentImporter</name>
    <message>
        <location filename="../model/ingest/incidentimporter.cpp" line="+53"/>
        <source>incident</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has only one of the columns &apos;%1&apos; and &apos;%2&apos;; map both with --map lat=... --map lon=...</source>
        <translation>n&apos;a qu&apos;une des colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»&#xa0;; associez les deux avec --map lat=... --map lon=...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has neither coordinates (lat, lon) nor a territory column; map them with --map lat=... --map lon=... or --territory-field COLUMN (its columns are: %1)</source>
        <translation>n&apos;a ni coordonnées (lat, lon) ni colonne de territoire&#xa0;; associez-les avec --map lat=... --map lon=... ou --territory-field COLONNE (ses colonnes sont&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the store holds no territory yet; import territories first (stormcrew-cli import territories FILE)</source>
        <translation>le magasin ne contient encore aucun territoire&#xa0;; importez d&apos;abord les territoires (stormcrew-cli import territories FICHIER)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the incident id is empty</source>
        <translation>l&apos;identifiant de l&apos;incident est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incident %1 appears more than once</source>
        <translation>l&apos;incident %1 apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the start time is empty</source>
        <translation>l&apos;heure de début est vide</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>restored (%1) before it started (%2)</source>
        <translation>rétabli (%1) avant d&apos;avoir commencé (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 customers is impossible</source>
        <translation>%1 clients est une valeur impossible</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 is not a longitude, latitude in degrees</source>
        <translation>%1, %2 n&apos;est pas une longitude, latitude en degrés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 (lon, lat) lies in no territory</source>
        <translation>%1, %2 (lon, lat) ne se trouve dans aucun territoire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>territory &apos;%1&apos; is not in the store</source>
        <translation>le territoire «&#xa0;%1&#xa0;» n&apos;est pas dans le magasin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no coordinates and no territory code</source>
        <translation>ni coordonnées ni code de territoire</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>incident %1 could not be written: %2</source>
        <translation>l&apos;incident %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored as source &apos;%1&apos;.</source>
        <translation>Incidents enregistrés sous la source «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) without coordinates placed by their territory code.</source>
        <translation>
            <numerusform>%n incident sans coordonnées placé par son code de territoire.</numerusform>
            <numerusform>%n incidents sans coordonnées placés par leur code de territoire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::MappedTable</name>
    <message>
        <location filename="../model/ingest/mappedtable.cpp" line="+12"/>
        <source>--map %1=%2: &apos;%1&apos; is not a field of the %3 table; the fields are: %4</source>
        <translation>--map %1=%2&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un champ de la table des %3&#xa0;; les champs sont&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>has no column &apos;%1&apos; for the %2 %3; map one with --map %3=COLUMN (its columns are: %4)</source>
        <translation>n&apos;a pas de colonne «&#xa0;%1&#xa0;» pour le champ %3 de la table des %2&#xa0;; associez-en une avec --map %3=COLONNE (ses colonnes sont&#xa0;: %4)</translation>
    </message>
</context>
<context>
    <name>stormcrew::ModelCodec</name>
    <message>
        <location filename="../model/engine/modelcodec.cpp" line="+49"/>
        <source>the stored model is damaged: %1</source>
        <translation>le modèle enregistré est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unknown term &apos;%1&apos;</source>
        <translation>terme inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 terms but %2 coefficients</source>
        <translation>%1 termes mais %2 coefficients</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown feature in the contract</source>
        <translation>variable inconnue dans le contrat</translation>
    </message>
</context>
<context>
    <name>stormcrew::ModelFrameBuilder</name>
    <message>
        <location filename="../model/stats/designmatrix.cpp" line="+22"/>
        <source>there is no column named &apos;%1&apos;; the columns are: %2</source>
        <translation>il n&apos;y a pas de colonne nommée &apos;%1&apos;&#xa0;; les colonnes sont&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the %1 must be numeric, but &apos;%2&apos; is not a number</source>
        <translation>%1 doit être numérique, mais &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a number (the column holds numbers from line %2 on; list it in --factors if it is really text)</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre (la colonne contient des nombres à partir de la ligne %2&#xa0;; listez-la dans --factors si c&apos;est vraiment du texte)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the %1 is missing; fit-table drops no rows, fill or remove this one</source>
        <translation>%1 manque&#xa0;; fit-table ne supprime aucune ligne, complétez ou retirez celle-ci</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the table has no rows</source>
        <translation>la table n&apos;a aucune ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>response</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the response is a count and cannot be negative (%1)</source>
        <translation>la réponse est un comptage et ne peut pas être négative (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the response is a count and must be a whole number (%1)</source>
        <translation>la réponse est un comptage et doit être un nombre entier (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give an offset or an exposure, not both</source>
        <translation>donnez un décalage ou une exposition, pas les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offset</source>
        <translation>le décalage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exposure</source>
        <translation>l&apos;exposition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the exposure must be positive to take its log (%1)</source>
        <translation>l&apos;exposition doit être positive pour en prendre le logarithme (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the response &apos;%1&apos; cannot also be a predictor</source>
        <translation>la réponse &apos;%1&apos; ne peut pas être aussi un prédicteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>value</source>
        <translation>la valeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the value is missing; fit-table drops no rows, fill or remove this one</source>
        <translation>la valeur manque&#xa0;; fit-table ne supprime aucune ligne, complétez ou retirez celle-ci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column holds one value only (&apos;%1&apos;); a factor needs two or more</source>
        <translation>la colonne ne contient qu&apos;une valeur (&apos;%1&apos;)&#xa0;; un facteur en demande au moins deux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model has no coefficients: give predictors or keep the intercept</source>
        <translation>le modèle n&apos;a aucun coefficient&#xa0;: donnez des prédicteurs ou gardez l&apos;ordonnée à l&apos;origine</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the group is missing</source>
        <translation>le groupe manque</translation>
    </message>
</context>
<context>
    <name>stormcrew::ModelRegistry</name>
    <message>
        <location filename="../model/engine/modelregistry.cpp" line="+43"/>
        <source>the store is open read-only (--read-only); the model cannot be saved</source>
        <translation>le magasin est ouvert en lecture seule (--read-only)&#xa0;; le modèle ne peut pas être enregistré</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>no model %1 in this store; `stormcrew-cli models list` shows the models</source>
        <translation>aucun modèle %1 dans ce magasin&#xa0;; `stormcrew-cli models list` affiche les modèles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model %1: %2</source>
        <translation>modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no active model in this store; train one with `stormcrew-cli train --activate`</source>
        <translation>aucun modèle actif dans ce magasin&#xa0;; entraînez-en un avec `stormcrew-cli train --activate`</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>model %1 failed its contract (%2 lowered predictions) and cannot be activated; retrain it, or look at `stormcrew-cli models show %1`</source>
        <translation>le modèle %1 n&apos;a pas respecté son contrat (%2 a fait baisser des prévisions) et ne peut pas être activé&#xa0;; réentraînez-le ou consultez `stormcrew-cli models show %1`</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the store is open read-only (--read-only); no model can be activated</source>
        <translation>le magasin est ouvert en lecture seule (--read-only)&#xa0;; aucun modèle ne peut être activé</translation>
    </message>
</context>
<context>
    <name>stormcrew::ModelTerms</name>
    <message>
        <location filename="../model/engine/modelterms.cpp" line="+99"/>
        <source>peak gust</source>
        <translation>rafale maximale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sustained wind</source>
        <translation>vent soutenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours of damaging gusts</source>
        <translation>heures de rafales dommageables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>storm rain</source>
        <translation>pluie de la tempête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ground wetness (14 days)</source>
        <translation>humidité du sol (14 jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ground wetness (30 days)</source>
        <translation>humidité du sol (30 jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days since rain</source>
        <translation>jours depuis la pluie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaf-on</source>
        <translation>feuillaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snow and ice</source>
        <translation>neige et glace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tree canopy</source>
        <translation>couvert arboré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years since trimming</source>
        <translation>années depuis l&apos;élagage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gust with leaves on</source>
        <translation>rafale avec feuillage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gust with canopy</source>
        <translation>rafale avec couvert arboré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gust on wet ground</source>
        <translation>rafale sur sol humide</translation>
    </message>
</context>
<context>
    <name>stormcrew::NdviImporter</name>
    <message>
        <location filename="../model/ingest/ndviimporter.cpp" line="+58"/>
        <source>give the day the composite stands for with --date YYYY-MM-DD</source>
        <translation>indiquez avec --date AAAA-MM-JJ le jour que représente le composite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--scale must be a finite number other than 0</source>
        <translation>--scale doit être un nombre fini non nul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--offset must be a finite number</source>
        <translation>--offset doit être un nombre fini</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>band %1 declares scale %2 and offset %3, which cannot be applied; give --scale and --offset</source>
        <translation>la bande %1 déclare l&apos;échelle %2 et le décalage %3, inapplicables&#xa0;; indiquez --scale et --offset</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>band %1 reaches %2 over territory %3, outside NDVI&apos;s -1..1, and the raster declares no scale: NDVI stored as integers is scaled (MODIS and Sentinel-2 store NDVI x 10,000: add --scale 0.0001)</source>
        <translation>la bande %1 atteint %2 sur le territoire %3, hors de l&apos;intervalle -1..1 du NDVI, et le raster ne déclare pas d&apos;échelle&#xa0;: un NDVI stocké en entiers est mis à l&apos;échelle (MODIS et Sentinel-2 stockent NDVI x 10&#xa0;000&#xa0;: ajoutez --scale 0.0001)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>band %1 gives NDVI %2 over territory %3 (scale %4, offset %5), outside -1..1; check --band, --scale and --offset</source>
        <translation>la bande %1 donne un NDVI de %2 sur le territoire %3 (échelle %4, décalage %5), hors de -1..1&#xa0;; vérifiez --band, --scale et --offset</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>the raster (%1, %2 x %3 pixels) covers none of the %n territory(ies) with valid pixels; check its extent, CRS and nodata value</source>
        <translation>
            <numerusform>le raster (%1, %2 x %3 pixels) ne couvre pas avec des pixels valides l&apos;unique territoire du magasin (%n)&#xa0;; vérifiez son emprise, son SCR et sa valeur nodata</numerusform>
            <numerusform>le raster (%1, %2 x %3 pixels) ne couvre avec des pixels valides aucun des %n territoires&#xa0;; vérifiez son emprise, son SCR et sa valeur nodata</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from the command line</source>
        <translation>de la ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the raster&apos;s metadata</source>
        <translation>des métadonnées du raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none declared</source>
        <translation>aucun déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composite of %1, band %2: NDVI = value x %3 + %4 (%5); territory means from %6 to %7.</source>
        <translation>Composite du %1, bande %2&#xa0;: NDVI = valeur x %3 + %4 (%5)&#xa0;; moyennes des territoires de %6 à %7.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n territory(ies) have no valid pixel in this raster (clouds, water or outside it): recorded without a value where the date held none</source>
        <translation>
            <numerusform>%n territoire n&apos;a aucun pixel valide dans ce raster (nuages, eau ou hors de celui-ci)&#xa0;: enregistré sans valeur là où la date n&apos;en avait pas</numerusform>
            <numerusform>%n territoires n&apos;ont aucun pixel valide dans ce raster (nuages, eau ou hors de celui-ci)&#xa0;: enregistrés sans valeur là où la date n&apos;en avait pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The store holds NDVI of %n date(s), from %1 to %2.</source>
        <translation>
            <numerusform>Le magasin contient le NDVI de %n date, du %1 au %2.</numerusform>
            <numerusform>Le magasin contient le NDVI de %n dates, du %1 au %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::OutageEngine</name>
    <message>
        <location filename="../model/engine/outageengine.cpp" line="+25"/>
        <source>no storm &apos;%1&apos; in this store; `stormcrew-cli storms list` lists them</source>
        <translation>aucune tempête «&#xa0;%1&#xa0;» dans ce magasin&#xa0;; `stormcrew-cli storms list` les énumère</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the store is open read-only (--read-only); the prediction is not recorded</source>
        <translation>le magasin est ouvert en lecture seule (--read-only)&#xa0;; la prévision n&apos;est pas enregistrée</translation>
    </message>
</context>
<context>
    <name>stormcrew::Pooling</name>
    <message>
        <location filename="../model/stats/pooling.cpp" line="+247"/>
        <source>the grouping has %1 rows, the design %2</source>
        <translation>le regroupement a %1 lignes, le plan %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a row belongs to no group</source>
        <translation>une ligne n&apos;appartient à aucun groupe</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>partial pooling broke down: the joint information is singular</source>
        <translation>la mise en commun partielle a échoué&#xa0;: l&apos;information jointe est singulière</translation>
    </message>
</context>
<context>
    <name>stormcrew::PredictionExport</name>
    <message>
        <location filename="../model/engine/predictionexport.cpp" line="+178"/>
        <source>unknown file type &apos;.%1&apos;: name the file .csv, .json or .geojson</source>
        <translation>type de fichier inconnu «&#xa0;.%1&#xa0;»&#xa0;: nommez le fichier .csv, .json ou .geojson</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the file: %1</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::Predictor</name>
    <message>
        <location filename="../model/engine/predictor.cpp" line="+160"/>
        <source>this territory&apos;s history</source>
        <translation>l&apos;historique de ce territoire</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>no prediction for %1 of %2 territories: inputs missing</source>
        <translation>aucune prévision pour %1 territoires sur %2&#xa0;: données d&apos;entrée manquantes</translation>
    </message>
</context>
<context>
    <name>stormcrew::RasterImporter</name>
    <message>
        <location filename="../model/ingest/rasterimporter.cpp" line="+80"/>
        <source>&apos;%1&apos; is not a usable name for --as: use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (canopy, ndvi, elevation, ...)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom utilisable pour --as&#xa0;: utilisez des lettres, des chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre (canopy, ndvi, elevation, ...)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--scale must be a finite number other than 0</source>
        <translation>--scale doit être un nombre fini non nul</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>has %n band(s); --band %1 does not exist</source>
        <translation>
            <numerusform>a %n bande&#xa0;; --band %1 n&apos;existe pas</numerusform>
            <numerusform>a %n bandes&#xa0;; --band %1 n&apos;existe pas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the store holds no territories; import them first (stormcrew-cli import territories FILE)</source>
        <translation>le magasin ne contient aucun territoire&#xa0;; importez-les d&apos;abord (stormcrew-cli import territories FICHIER)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>canopy values reach %1, which looks like percent (0-100); add --scale 0.01</source>
        <translation>les valeurs de canopée atteignent %1, ce qui ressemble à un pourcentage (0-100)&#xa0;; ajoutez --scale 0.01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>canopy values reach %1, but canopy is a fraction of area (0-1); give --scale to convert them</source>
        <translation>les valeurs de canopée atteignent %1, mais la canopée est une fraction de la surface (0-1)&#xa0;; indiquez --scale pour les convertir</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n territory(ies) not covered by valid pixels of the raster; their figures are left unchanged</source>
        <translation>
            <numerusform>%n territoire non couvert par des pixels valides du raster&#xa0;; ses valeurs restent inchangées</numerusform>
            <numerusform>%n territoires non couverts par des pixels valides du raster&#xa0;; leurs valeurs restent inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the raster (%1, %2 x %3 pixels) covers none of the %n territory(ies) with valid pixels; check its extent and CRS</source>
        <translation>
            <numerusform>le raster (%1, %2 x %3 pixels) ne couvre pas avec des pixels valides l&apos;unique territoire du magasin (%n)&#xa0;; vérifiez son emprise et son SCR</numerusform>
            <numerusform>le raster (%1, %2 x %3 pixels) ne couvre avec des pixels valides aucun des %n territoires&#xa0;; vérifiez son emprise et son SCR</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::ReplayController</name>
    <message>
        <location filename="../ui/replay/replaycontroller.cpp" line="+101"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the store…</source>
        <translation>Ouverture du magasin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaying %1: the prediction as of %2 h before the first outage, then the crew plans against what happened…</source>
        <translation>Rejeu de %1&#xa0;: la prévision %2 h avant la première panne, puis les plans d’équipes face à ce qui s’est produit…</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Nothing to export yet: replay a storm first.</source>
        <translation>Rien à exporter pour l’instant&#xa0;: rejouez d’abord une tempête.</translation>
    </message>
</context>
<context>
    <name>stormcrew::ReplayVariants</name>
    <message numerus="yes">
        <location filename="../ui/replay/replayvariants.cpp" line="+61"/>
        <source>%1 — %2 (%n outages)</source>
        <translation>
            <numerusform>%1 — %2 (%n panne)</numerusform>
            <numerusform>%1 — %2 (%n pannes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Model %1 (version %2, trained %3, active)</source>
        <translation>Modèle %1 (version %2, entraîné le %3, actif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model %1 (version %2, trained %3)</source>
        <translation>Modèle %1 (version %2, entraîné le %3)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Model&apos;s plan, as planned</source>
        <translation>Plan du modèle, tel que planifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model&apos;s plan, dispatched to the outages</source>
        <translation>Plan du modèle, réparti selon les pannes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews actually deployed</source>
        <translation>Équipes réellement déployées</translation>
    </message>
</context>
<context>
    <name>stormcrew::StationAssignment</name>
    <message>
        <location filename="../model/ingest/stationassignment.cpp" line="+39"/>
        <source>the territory&apos;s outline cannot be read</source>
        <translation>le contour du territoire est illisible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the territory&apos;s outline is empty</source>
        <translation>le contour du territoire est vide</translation>
    </message>
</context>
<context>
    <name>stormcrew::Store</name>
    <message>
        <location filename="../model/store/store.cpp" line="+69"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is an empty file, not a Stormcrew store; remove it or choose another path</source>
        <translation>est un fichier vide, pas un magasin Stormcrew&#xa0;; supprimez-le ou choisissez un autre chemin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a Stormcrew store (not an SQLite database); choose the store file or a new path</source>
        <translation>n&apos;est pas un magasin Stormcrew (ce n&apos;est pas une base de données SQLite)&#xa0;; choisissez le fichier du magasin ou un nouveau chemin</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>is damaged and cannot be read (%1); restore it from a backup</source>
        <translation>est endommagé et illisible (%1)&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>failed its integrity check (%1); restore it from a backup</source>
        <translation>a échoué à la vérification d&apos;intégrité (%1)&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is an SQLite database of another program, not a Stormcrew store; choose the store file or a new path</source>
        <translation>est une base de données SQLite d&apos;un autre programme, pas un magasin Stormcrew&#xa0;; choisissez le fichier du magasin ou un nouveau chemin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has schema version %1, newer than this Stormcrew understands (%2); update Stormcrew</source>
        <translation>a la version de schéma %1, plus récente que celle que comprend ce Stormcrew (%2)&#xa0;; mettez Stormcrew à jour</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is a folder; give the path of a store file</source>
        <translation>est un dossier&#xa0;; indiquez le chemin d&apos;un fichier de magasin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not exist; a read-only store must already exist</source>
        <translation>n&apos;existe pas&#xa0;; un magasin en lecture seule doit déjà exister</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has schema version %1 and needs upgrading to %2; open it once without --read-only</source>
        <translation>a la version de schéma %1 et doit être mis à niveau vers la %2&#xa0;; ouvrez-le une fois sans --read-only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>migration %1 is missing from this build</source>
        <translation>la migration %1 est absente de cette compilation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>migration to schema %1 failed: %2</source>
        <translation>la migration vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>is open read-only (--read-only); nothing can be written to it</source>
        <translation>est ouvert en lecture seule (--read-only)&#xa0;; rien ne peut y être écrit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot be created for the backup: %1</source>
        <translation>ne peut pas être créé pour la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>backup failed: %1</source>
        <translation>la sauvegarde a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::StormImporter</name>
    <message>
        <location filename="../model/ingest/stormimporter.cpp" line="+45"/>
        <source>has neither a &apos;code&apos; nor a &apos;name&apos; column; map one with --map code=COLUMN (its columns are: %1)</source>
        <translation>n&apos;a ni colonne «&#xa0;code&#xa0;» ni colonne «&#xa0;name&#xa0;»&#xa0;; associez-en une avec --map code=COLONNE (ses colonnes sont&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>storm</source>
        <translation>tempêtes</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the storm has neither code nor name</source>
        <translation>la tempête n&apos;a ni code ni nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>storm %1 appears more than once</source>
        <translation>la tempête %1 apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a storm kind; the kinds are: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de tempête&#xa0;; les types sont&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the %1 time is empty</source>
        <translation>le champ d&apos;heure %1 est vide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ends (%1) before it starts (%2)</source>
        <translation>se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>storm %1 could not be written: %2</source>
        <translation>la tempête %1 n&apos;a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 incidents linked to these storms.</source>
        <translation>%1 incidents rattachés à ces tempêtes.</translation>
    </message>
</context>
<context>
    <name>stormcrew::StormRepository</name>
    <message>
        <location filename="../model/store/stormrepository.cpp" line="+41"/>
        <source>is open read-only; saving storms needs write access</source>
        <translation>est ouvert en lecture seule&#xa0;; l&apos;enregistrement des tempêtes a besoin d&apos;un accès en écriture</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Storm of %1</source>
        <translation>Tempête du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storm of %1 to %2</source>
        <translation>Tempête du %1 au %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 storms saved, %2 incidents linked</source>
        <translation>%1 tempêtes enregistrées, %2 incidents rattachés</translation>
    </message>
</context>
<context>
    <name>stormcrew::TerritoryImporter</name>
    <message>
        <location filename="../model/ingest/territoryimporter.cpp" line="+86"/>
        <source>has no field &apos;%1&apos; for --id-field; its fields are: %2</source>
        <translation>n&apos;a pas de champ «&#xa0;%1&#xa0;» pour --id-field&#xa0;; ses champs sont&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no field &apos;%1&apos; for --name-field; its fields are: %2</source>
        <translation>n&apos;a pas de champ «&#xa0;%1&#xa0;» pour --name-field&#xa0;; ses champs sont&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No --id-field given and no &apos;code&apos; or &apos;id&apos; field: the feature ids are the territory codes.</source>
        <translation>Aucun --id-field indiqué et aucun champ «&#xa0;code&#xa0;» ou «&#xa0;id&#xa0;»&#xa0;: les identifiants des entités servent de codes de territoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asset columns taken from the layer: %1.</source>
        <translation>Colonnes d&apos;actifs reprises de la couche&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the territory code is empty</source>
        <translation>le code du territoire est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>territory %1 appears more than once</source>
        <translation>le territoire %1 apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>territory %1 has no geometry</source>
        <translation>le territoire %1 n&apos;a pas de géométrie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>territory %1 is a %2, not a polygon</source>
        <translation>le territoire %1 est de type %2, pas un polygone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the outline of territory %1 is invalid and could not be repaired</source>
        <translation>le contour du territoire %1 est invalide et n&apos;a pas pu être réparé</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>territory %1 could not be written: %2</source>
        <translation>le territoire %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>layer &apos;%1&apos; holds no feature</source>
        <translation>la couche «&#xa0;%1&#xa0;» ne contient aucune entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of layer &apos;%1&apos; matches --where &quot;%2&quot;</source>
        <translation>aucune entité de la couche «&#xa0;%1&#xa0;» ne correspond à --where &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n invalid outline(s) repaired with MakeValid: %1</source>
        <translation>
            <numerusform>%n contour invalide réparé avec MakeValid&#xa0;: %1</numerusform>
            <numerusform>%n contours invalides réparés avec MakeValid&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n territory(ies) without a name: the code is used as the name.</source>
        <translation>
            <numerusform>%n territoire sans nom&#xa0;: le code sert de nom.</numerusform>
            <numerusform>%n territoires sans nom&#xa0;: le code sert de nom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::TerritoryIndex</name>
    <message>
        <location filename="../model/ingest/territoryindex.cpp" line="+95"/>
        <source>the outline of territory %1 in the store cannot be read; import the territories again</source>
        <translation>le contour du territoire %1 dans le magasin est illisible&#xa0;; importez de nouveau les territoires</translation>
    </message>
</context>
<context>
    <name>stormcrew::TerritoryTableModel</name>
    <message>
        <location filename="../ui/forecast/territorytablemodel.cpp" line="+92"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Attendues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per 1,000 customers</source>
        <translation>Pour 1 000 clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>stormcrew::TimeParser</name>
    <message>
        <location filename="../model/ingest/timeparser.cpp" line="+13"/>
        <source>&apos;%1&apos; is not a time zone this system knows; give an IANA name such as America/New_York or UTC</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu de ce système&#xa0;; indiquez un nom IANA comme America/New_York ou UTC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not an ISO 8601 time such as 2023-03-03T18:05:00Z</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure ISO 8601 comme 2023-03-03T18:05:00Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; has no time zone; add Z or an offset, or give --timezone</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de fuseau horaire&#xa0;; ajoutez Z ou un décalage, ou indiquez --timezone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; does not exist in %2 (the clocks jumped forward)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas dans le fuseau %2 (les horloges ont été avancées)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; happens twice in %2 (the clocks went back); add an offset</source>
        <translation>«&#xa0;%1&#xa0;» survient deux fois dans le fuseau %2 (les horloges ont été reculées)&#xa0;; ajoutez un décalage</translation>
    </message>
</context>
<context>
    <name>stormcrew::TimelineController</name>
    <message>
        <location filename="../ui/forecast/timelinecontroller.cpp" line="+217"/>
        <source>Observed +%1 h of %2</source>
        <translation>Observé +%1 h sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T+%1 h of %2</source>
        <translation>T+%1 h sur %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 outages so far (P10–P90 %3–%4)</source>
        <translation>%1&#xa0;: %2 coupures jusqu’ici (P10–P90 %3–%4)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: %2 outages so far here (P10–P90 %3–%4)</source>
        <translation>%1&#xa0;: %2 coupures jusqu’ici ici (P10–P90 %3–%4)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Plan: %1 customers out so far; restoration starts at the all-clear, in %2 h</source>
        <translation>Plan&#xa0;: %1 clients coupés jusqu’ici&#xa0;; le rétablissement commence à la fin de l’alerte, dans %2 h</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Plan, %1 h after the all-clear: %2 customers still out, %3 % restored, %n crew(s) in the field</source>
        <translation>
            <numerusform>Plan, %1 h après la fin de l’alerte&#xa0;: %2 clients encore coupés, %3&#xa0;% rétablis, %n équipe sur le terrain</numerusform>
            <numerusform>Plan, %1 h après la fin de l’alerte&#xa0;: %2 clients encore coupés, %3&#xa0;% rétablis, %n équipes sur le terrain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::TrackImporter</name>
    <message>
        <location filename="../model/ingest/trackimporter.cpp" line="+53"/>
        <source>holds no storm &apos;%1&apos;; it holds: %2</source>
        <translation>ne contient pas la tempête &apos;%1&apos;&#xa0;; il contient&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format: %1.</source>
        <translation>Format&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n best track(s)</source>
        <translation>
            <numerusform>%n trajectoire observée</numerusform>
            <numerusform>%n trajectoires observées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n forecast track(s)</source>
        <translation>
            <numerusform>%n trajectoire prévue</numerusform>
            <numerusform>%n trajectoires prévues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrackReader</name>
    <message>
        <location filename="../model/ingest/atcfreader.cpp" line="+76"/>
        <location filename="../model/ingest/trackjsonreader.cpp" line="+54"/>
        <location line="+36"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>has %1 fields; an ATCF line has at least basin, number, time, minutes, technique, tau, latitude and longitude</source>
        <translation>a %1 champs&#xa0;; une ligne ATCF a au moins bassin, numéro, heure, minutes, technique, tau, latitude et longitude</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a UTC time YYYYMMDDHH</source>
        <translation>&apos;%1&apos; n&apos;est pas une heure UTC AAAAMMJJHH</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1, %2&apos; is not a basin and cyclone number such as &apos;AL, 09&apos;</source>
        <translation>&apos;%1, %2&apos; n&apos;est pas un bassin et un numéro de cyclone comme &apos;AL, 09&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a position in tenths of a degree such as 272N or 841W</source>
        <translation>&apos;%1&apos; n&apos;est pas une position en dixièmes de degré comme 272N ou 841W</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>wind radii of %1 kt: the thresholds are 34, 50 and 64 kt</source>
        <translation>rayons de vent de %1 kt&#xa0;: les seuils sont 34, 50 et 64 kt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>repeats line %1 (same storm, technique, time and wind-radii threshold)</source>
        <translation>répète la ligne %1 (même tempête, technique, heure et seuil de rayons de vent)</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n line(s) of other techniques skipped (%1); only BEST and OFCL are imported.</source>
        <translation>
            <numerusform>%n ligne d&apos;autres techniques ignorée (%1)&#xa0;; seules BEST et OFCL sont importées.</numerusform>
            <numerusform>%n lignes d&apos;autres techniques ignorées (%1)&#xa0;; seules BEST et OFCL sont importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/ingest/hurdat2reader.cpp" line="+29"/>
        <source>has %1 fields, a HURDAT2 data line has at least %2 (date, time, record, status, latitude, longitude, wind, pressure, 12 wind radii)</source>
        <translation>a %1 champs, une ligne de données HURDAT2 en a au moins %2 (date, heure, enregistrement, statut, latitude, longitude, vent, pression, 12 rayons de vent)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1, %2&apos; is not a date YYYYMMDD and a UTC time HHMM</source>
        <translation>&apos;%1, %2&apos; n&apos;est pas une date AAAAMMJJ et une heure UTC HHMM</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a %2 such as %3</source>
        <translation>&apos;%1&apos; n&apos;est pas une %2 comme %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a number; write -999 when unknown</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre&#xa0;; écrivez -999 s&apos;il est inconnu</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>the header of %1 (line %2) announces %n more data line(s) than follow it; fix the count or add the lines</source>
        <translation>
            <numerusform>l&apos;en-tête de %1 (ligne %2) annonce %n ligne de données de plus que celles qui le suivent&#xa0;; corrigez le nombre ou ajoutez les lignes</numerusform>
            <numerusform>l&apos;en-tête de %1 (ligne %2) annonce %n lignes de données de plus que celles qui le suivent&#xa0;; corrigez le nombre ou ajoutez les lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a data line outside any storm: the storm&apos;s header line (e.g. &apos;AL092024, HELENE, 25,&apos;) is missing or announces fewer lines</source>
        <translation>une ligne de données hors de toute tempête&#xa0;: l&apos;en-tête de la tempête (p. ex. &apos;AL092024, HELENE, 25,&apos;) manque ou annonce moins de lignes</translation>
    </message>
    <message>
        <location filename="../model/ingest/trackjsonreader.cpp" line="-55"/>
        <source>&apos;%1&apos; is not a date YYYYMMDD with a time_utc HHMM</source>
        <translation>&apos;%1&apos; n&apos;est pas une date AAAAMMJJ avec une time_utc HHMM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing; every fix needs it</source>
        <translation>manque&#xa0;; chaque position en a besoin</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is -999; every fix needs a position</source>
        <translation>vaut -999&#xa0;; chaque position a besoin de coordonnées</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>is not valid JSON: %1</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>storm %1 has no id such as &apos;AL092024_Helene&apos; or no &apos;data&apos; list of fixes; the file must be a list of {id, data} storms</source>
        <translation>la tempête %1 n&apos;a pas d&apos;id comme &apos;AL092024_Helene&apos; ou pas de liste &apos;data&apos; de positions&#xa0;; le fichier doit être une liste de tempêtes {id, data}</translation>
    </message>
    <message>
        <location filename="../model/ingest/trackreader.cpp" line="+70"/>
        <source>latitude %1 is outside -90..90</source>
        <translation>la latitude %1 est hors de -90..90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longitude %1 is outside -180..180</source>
        <translation>la longitude %1 est hors de -180..180</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maximum wind %1 kt is outside 0..250 kt; write -999 when unknown</source>
        <translation>le vent maximal de %1 kt est hors de 0..250 kt&#xa0;; écrivez -999 s&apos;il est inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>central pressure %1 hPa is outside 850..1100 hPa; write -999 when unknown</source>
        <translation>la pression centrale de %1 hPa est hors de 850..1100 hPa&#xa0;; écrivez -999 si elle est inconnue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>radius of maximum wind %1 n mi is not positive</source>
        <translation>le rayon de vent maximal de %1 NM n&apos;est pas positif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1-kt radius %2 n mi is negative</source>
        <translation>le rayon de %1 kt de %2 NM est négatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1-kt radius (%2 n mi) reaches beyond the %3-kt radius (%4 n mi) in the %5 quadrant; stronger winds lie inside weaker ones</source>
        <translation>le rayon de %1 kt (%2 NM) dépasse le rayon de %3 kt (%4 NM) dans le quadrant %5&#xa0;; les vents forts sont à l&apos;intérieur des plus faibles</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has a second fix at %2; keep one line per time</source>
        <translation>%1 a une deuxième position à %2&#xa0;; gardez une ligne par heure</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>is not a track file this version reads: expected HURDAT2 text (a header such as &apos;AL092024, HELENE, 25,&apos;), ATCF a-deck or b-deck lines (&apos;AL, 09, 2024092612, ...&apos;) or the HURDAT2 JSON form (a list of storms); the first line is &apos;%1&apos;</source>
        <translation>n&apos;est pas un fichier de trajectoires que cette version lit&#xa0;: attendu du texte HURDAT2 (un en-tête comme &apos;AL092024, HELENE, 25,&apos;), des lignes ATCF a-deck ou b-deck (&apos;AL, 09, 2024092612, ...&apos;) ou la forme JSON de HURDAT2 (une liste de tempêtes)&#xa0;; la première ligne est &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty; expected a HURDAT2, ATCF or HURDAT2 JSON track file</source>
        <translation>est vide&#xa0;; attendu un fichier de trajectoires HURDAT2, ATCF ou HURDAT2 JSON</translation>
    </message>
</context>
<context>
    <name>stormcrew::Trainer</name>
    <message>
        <location filename="../model/engine/trainer.cpp" line="+121"/>
        <source>the fit did not converge in %1 iterations</source>
        <translation>l&apos;ajustement n&apos;a pas convergé en %1 itérations</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>no model term is left to fit</source>
        <translation>il ne reste aucun terme du modèle à ajuster</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingController</name>
    <message>
        <location filename="../ui/training/trainingcontroller.cpp" line="+72"/>
        <source>No store is open, so there is nothing to train on.</source>
        <translation>Aucun magasin n&apos;est ouvert&#xa0;: rien sur quoi se former.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>This storm has been revealed; its call can no longer be changed.</source>
        <translation>Cette tempête a été révélée&#xa0;; son estimation ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter and save the call first: the reveal shows the model and the outcome beside it.</source>
        <translation>Saisissez et enregistrez d&apos;abord l&apos;estimation&#xa0;: la révélation montre le modèle et le résultat à côté.</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingEnvelopes</name>
    <message>
        <location filename="../model/engine/trainingenvelope.cpp" line="+26"/>
        <source>strongest gust (m/s)</source>
        <translation>rafale la plus forte (m/s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean peak gust (m/s)</source>
        <translation>rafale maximale moyenne (m/s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean hours of damaging gusts</source>
        <translation>moyenne des heures de rafales dommageables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaf-on</source>
        <translation>feuillaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean 14-day rain (mm)</source>
        <translation>pluie moyenne sur 14 jours (mm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean storm rain (mm)</source>
        <translation>pluie moyenne de la tempête (mm)</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>%1 is %2, outside every past storm the model learnt from (%3 to %4)</source>
        <translation>%1 vaut %2, hors de toutes les tempêtes passées dont le modèle a appris (de %3 à %4)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is outside the training range in %2 of %3 territories</source>
        <translation>%1 est hors de la plage d&apos;entraînement dans %2 territoires sur %3</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingReport</name>
    <message>
        <location filename="../ui/training/trainingreport.cpp" line="+48"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+114"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Training session on a copy of %1; the operational store was not changed.</source>
        <translation>Session de formation sur une copie de %1&#xa0;; le magasin opérationnel n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stormcrew %1 · page %2</source>
        <translation>Stormcrew %1 · page %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>trainee</source>
        <translation>stagiaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storms</source>
        <translation>Tempêtes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Storm</source>
        <translation>Tempête</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Trainee
outages</source>
        <translation>Pannes
du stagiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainee
crews</source>
        <translation>Équipes
du stagiaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model
outages</source>
        <translation>Pannes
du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual
outages</source>
        <translation>Pannes
réelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crews
deployed</source>
        <translation>Équipes
déployées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainee
error</source>
        <translation>Erreur
du stagiaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model
error</source>
        <translation>Erreur
du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Closer</source>
        <translation>Plus proche</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean absolute error</source>
        <translation>Erreur absolue moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean relative error</source>
        <translation>Erreur relative moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within 20 %</source>
        <translation>À moins de 20&#xa0;%</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Calls by depot group</source>
        <translation>Estimations par groupe de dépôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainee error</source>
        <translation>Erreur du stagiaire</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+38"/>
        <source>cannot be written: %1; choose another folder</source>
        <translation>ne peut pas être écrit&#xa0;: %1&#xa0;; choisissez un autre dossier</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+4"/>
        <source>Training session report</source>
        <translation>Rapport de la session de formation</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Generated %1 by %2 · %n storm(s) revealed · calls made 48 h before each storm&apos;s first outage, with what was known then</source>
        <translation>
            <numerusform>Généré le %1 par %2 · %n tempête révélée · estimations faites 48&#xa0;h avant la première panne de chaque tempête, avec ce que l&apos;on savait alors</numerusform>
            <numerusform>Généré le %1 par %2 · %n tempêtes révélées · estimations faites 48&#xa0;h avant la première panne de chaque tempête, avec ce que l&apos;on savait alors</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No storm was revealed in this session.</source>
        <translation>Aucune tempête n&apos;a été révélée dans cette session.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points for discussion</source>
        <translation>Points de discussion</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingSetBuilder</name>
    <message>
        <location filename="../model/engine/trainingset.cpp" line="+92"/>
        <source>no past storm with recorded outages and overhead line lengths to learn from; import storms, their incidents or outcomes, and assets first</source>
        <translation>aucune tempête passée avec pannes enregistrées et longueurs de ligne aérienne dont apprendre&#xa0;; importez d&apos;abord des tempêtes, leurs incidents ou bilans, et les actifs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 left out: its inputs are missing for %2 of %3 storm-territory rows</source>
        <translation>%1 écarté&#xa0;: ses données d&apos;entrée manquent pour %2 lignes tempête-territoire sur %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 storm-territory rows left out for missing inputs</source>
        <translation>%1 lignes tempête-territoire écartées faute de données d&apos;entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 past storm(s) with complete inputs; a model needs at least 3 (and learns well from 20 or more)</source>
        <translation>%1 tempête(s) passée(s) avec des données complètes&#xa0;; un modèle en exige au moins 3 (et apprend bien à partir de 20)</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingStarter</name>
    <message>
        <location filename="../ui/training/trainingstarter.cpp" line="+34"/>
        <source>The store has no past storm with recorded outcomes; import storms and their outcomes or incidents first.</source>
        <translation>Le magasin n&apos;a aucune tempête passée avec des résultats enregistrés&#xa0;; importez d&apos;abord des tempêtes et leurs résultats ou incidents.</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingValues</name>
    <message>
        <location filename="../ui/training/trainingvalues.cpp" line="+72"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::VectorSource</name>
    <message>
        <location filename="../model/ingest/vectorsource.cpp" line="+37"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not a vector file GDAL can read (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, CSV, ...)</source>
        <translation>n&apos;est pas un fichier vectoriel lisible par GDAL (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, CSV, ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read as a vector file: %1</source>
        <translation>ne peut pas être lu comme fichier vectoriel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>holds no layer</source>
        <translation>ne contient aucune couche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has %1 layers (%2); the first one was read. Choose another with --layer.</source>
        <translation>Le fichier a %1 couches (%2)&#xa0;; la première a été lue. Choisissez-en une autre avec --layer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no layer &apos;%1&apos;; its layers are: %2</source>
        <translation>n&apos;a pas de couche «&#xa0;%1&#xa0;»&#xa0;; ses couches sont&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the filter --where &quot;%1&quot; is not valid for this layer: %2 (its fields are: %3)</source>
        <translation>le filtre --where &quot;%1&quot; n&apos;est pas valide pour cette couche&#xa0;: %2 (ses champs sont&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--crs %1 is not a coordinate reference system GDAL knows; give it as EPSG:code</source>
        <translation>--crs %1 n&apos;est pas un système de coordonnées de référence connu de GDAL&#xa0;; indiquez-le sous la forme EPSG:code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--crs %1 replaced the layer&apos;s own CRS (%2).</source>
        <translation>--crs %1 a remplacé le SCR propre à la couche (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>layer &apos;%1&apos; has no coordinate reference system; give it with --crs EPSG:code, or assign one to the file with ogr2ogr -a_srs EPSG:code out.gpkg %2</source>
        <translation>la couche «&#xa0;%1&#xa0;» n&apos;a pas de système de coordonnées de référence&#xa0;; indiquez-le avec --crs EPSG:code, ou attribuez-en un au fichier avec ogr2ogr -a_srs EPSG:code out.gpkg %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be reprojected from %1 to WGS 84: %2</source>
        <translation>reprojection impossible de %1 vers WGS 84&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>text is not UTF-8; convert the file first, e.g. iconv -f WINDOWS-1252 -t UTF-8</source>
        <translation>le texte n&apos;est pas en UTF-8&#xa0;; convertissez d&apos;abord le fichier, p. ex. iconv -f WINDOWS-1252 -t UTF-8</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot be reprojected from %1 to WGS 84</source>
        <translation>reprojection impossible de %1 vers WGS 84</translation>
    </message>
</context>
<context>
    <name>stormcrew::WeatherBulkLoad</name>
    <message>
        <location filename="../model/ingest/weatherbulkload.cpp" line="+152"/>
        <source>has no weather_key index on the weather table; the store is damaged (restore a backup)</source>
        <translation>n&apos;a pas d&apos;index weather_key sur la table weather&#xa0;; le magasin est endommagé (restaurez une sauvegarde)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>rebuilding the weather index failed (%1); nothing was imported</source>
        <translation>la reconstruction de l&apos;index météo a échoué (%1)&#xa0;; rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>stormcrew::WeatherCsvImporter</name>
    <message>
        <location filename="../model/ingest/weathercsvimporter.cpp" line="+90"/>
        <source>--units &apos;%1&apos;: write field=unit, e.g. gust=mph,wind=kt,precip=in (fields: gust, wind, precip, temp, snow, ice)</source>
        <translation>--units «&#xa0;%1&#xa0;»&#xa0;: écrivez champ=unité, p. ex. gust=mph,wind=kt,precip=in (champs&#xa0;: gust, wind, precip, temp, snow, ice)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--units &apos;%1&apos;: unknown unit for %2</source>
        <translation>--units «&#xa0;%1&#xa0;»&#xa0;: unité inconnue pour %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--map &apos;%1&apos;: write name=column with a name among %2</source>
        <translation>--map «&#xa0;%1&#xa0;»&#xa0;: écrivez nom=colonne avec un nom parmi %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is not UTF-8 text; convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.csv &gt; out.csv</source>
        <translation>n&apos;est pas du texte UTF-8&#xa0;; convertissez-le d&apos;abord, p. ex. iconv -f WINDOWS-1252 -t UTF-8 in.csv &gt; out.csv</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>has no column &apos;%1&apos; (columns: %2); name the right one with --map %1=COLUMN</source>
        <translation>n&apos;a pas de colonne «&#xa0;%1&#xa0;» (colonnes&#xa0;: %2)&#xa0;; indiquez la bonne avec --map %1=COLONNE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>has no weather column (gust_ms, wind_ms, precip_mm, temp_c, snow_mm, ice_mm); columns: %1; use --map to name them</source>
        <translation>n&apos;a aucune colonne météo (gust_ms, wind_ms, precip_mm, temp_c, snow_mm, ice_mm)&#xa0;; colonnes&#xa0;: %1&#xa0;; utilisez --map pour les indiquer</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no territory</source>
        <translation>aucun territoire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a territory in the store</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un territoire du magasin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no valid time</source>
        <translation>pas d&apos;heure de validité</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no weather value in the row</source>
        <translation>aucune valeur météo dans la ligne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>territory %1 already has %2 weather for this valid and issued time (earlier in the file or in the store)</source>
        <translation>le territoire %1 a déjà des données météo %2 pour ces heures de validité et d&apos;émission (plus haut dans le fichier ou dans le magasin)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has a header but no rows</source>
        <translation>a un en-tête mais aucune ligne</translation>
    </message>
</context>
<context>
    <name>stormcrew::WeatherGridRepository</name>
    <message>
        <location filename="../model/store/weathergridrepository.cpp" line="+72"/>
        <source>cannot store the %1 grid valid at %2: %3</source>
        <translation>impossible d’enregistrer la grille %1 valable à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the %1 grid valid at %2 has %3 bytes of data, expected %4</source>
        <translation>la grille %1 valable à %2 a %3 octets de données, %4 attendus</translation>
    </message>
</context>
<context>
    <name>stormcrew::WeatherSchema</name>
    <message>
        <location filename="../model/ingest/weatherrow.cpp" line="+151"/>
        <source>%1 m/s is negative</source>
        <translation>%1 m/s est une valeur négative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 m/s is beyond any wind ever measured (113 m/s)</source>
        <translation>%1 m/s dépasse tout vent jamais mesuré (113 m/s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mm is negative</source>
        <translation>%1 mm est une valeur négative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mm is more than %2 mm in one row</source>
        <translation>%1 mm dépasse %2 mm en une seule ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 degrees C is outside the range ever measured</source>
        <translation>%1 °C est hors de la plage des valeurs jamais mesurées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gust %1 m/s is below the sustained wind %2 m/s</source>
        <translation>la rafale de %1 m/s est inférieure au vent moyen de %2 m/s</translation>
    </message>
</context>
<context>
    <name>stormcrew::WeatherTimeParser</name>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not a time; write ISO 8601 such as 2023-03-03T14:00:00Z</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;; écrivez-la en ISO 8601, comme 2023-03-03T14:00:00Z</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; has no UTC offset; add Z or +hh:mm, or give --timezone (e.g. America/New_York)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de décalage UTC&#xa0;; ajoutez Z ou +hh:mm, ou indiquez --timezone (p. ex. America/New_York)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>does not exist in %1 (the clocks skip that hour)</source>
        <translation>n&apos;existe pas dans le fuseau %1 (les horloges sautent cette heure)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is ambiguous in %1 (the clocks repeat that hour); give the UTC offset</source>
        <translation>est ambiguë dans le fuseau %1 (les horloges répètent cette heure)&#xa0;; indiquez le décalage UTC</translation>
    </message>
</context>
<context>
    <name>stormcrew::briefing::BriefingMap</name>
    <message>
        <location filename="../ui/briefing/briefingmap.cpp" line="+58"/>
        <source>has no territories to draw on the briefing&apos;s map; import territories first</source>
        <translation>ne contient aucun territoire à dessiner sur la carte du point de situation&#xa0;; importez d&apos;abord les territoires</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>no prediction</source>
        <translation>pas de prévision</translation>
    </message>
</context>
<context>
    <name>stormcrew::briefing::BriefingWriter</name>
    <message>
        <location filename="../ui/briefing/briefingwriter.cpp" line="+45"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no prediction</source>
        <translation>pas de prévision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incoming storm</source>
        <translation>tempête annoncée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+313"/>
        <source>Storm briefing: %1</source>
        <translation>Point de situation de la tempête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>storm window %1 to %2</source>
        <translation>tempête du %1 au %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast issued %1 · %2</source>
        <translation>Prévision émise le %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored storm · %1</source>
        <translation>Tempête enregistrée · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generated %1 by %2</source>
        <translation>Généré le %1 par %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store: %1</source>
        <translation>Magasin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The model advises; the director decides.</source>
        <translation>Le modèle conseille&#xa0;; le directeur décide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stormcrew %1 · page %2 of %3</source>
        <translation>Stormcrew %1 · page %2 sur %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+153"/>
        <source>Outages (P50)</source>
        <translation>Pannes (P50)</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>P10–P90: %1–%2</source>
        <translation>P10–P90&#xa0;: %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews needed</source>
        <translation>Équipes nécessaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own on hand: %1</source>
        <translation>propres disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual aid</source>
        <translation>Aide mutuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request by %1</source>
        <translation>demander avant le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none needed</source>
        <translation>aucune nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % restored (P50)</source>
        <translation>%1 % rétablis (P50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>P90: %1</source>
        <translation>P90&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Everyone back (P50)</source>
        <translation>Tous rétablis (P50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected cost</source>
        <translation>Coût attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost customer-hours and crew days</source>
        <translation>heures-clients perdues et journées d&apos;équipe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Crew plan</source>
        <translation>Plan des équipes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the depots have (%1)</source>
        <translation>celles des dépôts (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, set by the director</source>
        <translation>%1, fixé par le directeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target: %1 % of customers back within %2 h at risk level %3; own crews on hand: %4.</source>
        <translation>Objectif&#xa0;: %1 % des clients rétablis en %2 h au niveau de risque %3&#xa0;; équipes propres disponibles&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No crew plan yet.</source>
        <translation>Pas encore de plan des équipes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mutual aid needed: the own crews suffice.</source>
        <translation>Aucune aide mutuelle nécessaire&#xa0;: les équipes propres suffisent.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model v%1 · contract passed</source>
        <translation>Modèle v%1 · contrat respecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model v%1 · CONTRACT FAILED</source>
        <translation>Modèle v%1 · CONTRAT NON RESPECTÉ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlike the storms the model learnt from: %1</source>
        <translation>Différente des tempêtes dont le modèle a appris&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Predicted outages per territory (P50)</source>
        <translation>Pannes prévues par territoire (P50)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+146"/>
        <source>Territories hit hardest, by predicted outages (P50)</source>
        <translation>Territoires les plus touchés, par pannes prévues (P50)</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews (own + aid)</source>
        <translation>Équipes (propres + aide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETR P50</source>
        <translation>ETR P50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETR P90</source>
        <translation>ETR P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+49"/>
        <source>cannot be written (%1); choose another folder or file name</source>
        <translation>ne peut pas être écrit (%1)&#xa0;; choisissez un autre dossier ou un autre nom de fichier</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 territories. The CSV and GeoJSON exports list every one.</source>
        <translation>%1 territoires sur %2. Les exports CSV et GeoJSON les listent tous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF could not be finished</source>
        <translation>le PDF n&apos;a pas pu être terminé</translation>
    </message>
</context>
<context>
    <name>stormcrew::briefing::DecisionRecorder</name>
    <message>
        <location filename="../ui/briefing/decisionrecorder.cpp" line="+47"/>
        <source>The store %1 does not exist.</source>
        <translation>Le magasin %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file %1 is not writable; ask for write access to record decisions.</source>
        <translation>Le fichier du magasin %1 n&apos;est pas accessible en écriture&#xa0;; demandez l&apos;accès en écriture pour enregistrer des décisions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 is not writable, and the store needs to write its journal there; ask for write access to record decisions.</source>
        <translation>Le dossier %1 n&apos;est pas accessible en écriture, et le magasin doit y écrire son journal&#xa0;; demandez l&apos;accès en écriture pour enregistrer des décisions.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the prediction was stored as run %1, but the crew plan was not: %2</source>
        <translation>la prévision a été enregistrée comme exécution %1, mais pas le plan des équipes&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the crew plan was stored as plan %1, but the decision could not be written to the audit log: %2</source>
        <translation>le plan des équipes a été enregistré comme plan %1, mais la décision n&apos;a pas pu être écrite dans le journal d&apos;audit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+44"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stormcrew, headless: storm outage prediction and crew planning for scheduled runs.</source>
        <translation>Stormcrew sans interface graphique&#xa0;: prédiction des pannes dues aux tempêtes et planification des équipes pour les exécutions programmées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do.</source>
        <translation>Ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>command [options]</source>
        <translation>commande [options]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a command.</source>
        <translation>Indiquez une commande.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::CliSupport</name>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+25"/>
        <source>This command writes to the store; run it without --read-only.</source>
        <translation>Cette commande écrit dans le magasin&#xa0;; lancez-la sans --read-only.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the store: %1</source>
        <translation>Impossible d&apos;ouvrir le magasin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 %2: %3; give an ISO 8601 time such as 2026-06-01T12:00Z</source>
        <translation>--%1 %2&#xa0;: %3&#xa0;; indiquez une heure ISO 8601 comme 2026-06-01T12:00Z</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--family %1: expected negbin or poisson</source>
        <translation>--family %1&#xa0;: negbin ou poisson attendu</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+42"/>
        <source>Demo store created: %1 (seed %2) in %3 s</source>
        <translation>Magasin de démonstration créé&#xa0;: %1 (graine %2) en %3&#xa0;s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1 territories, %2 storms, %3 incidents, %4 weather rows</source>
        <translation>  %1 territoires, %2 tempêtes, %3 incidents, %4 lignes météo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Incoming storm: hourly forecast for 72 hours issued %1</source>
        <translation>  Tempête à venir&#xa0;: prévision horaire sur 72 heures émise le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Demo files kept in %1</source>
        <translation>  Fichiers de la démonstration conservés dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports and their data-quality reports:</source>
        <translation>Importations et leurs rapports de qualité des données&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 read, %2 accepted, %3 rejected</source>
        <translation>%1 lues, %2 acceptées, %3 rejetées</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usage: stormcrew-cli demo create [--db PATH] [--seed N] [--force]</source>
        <translation>Utilisation&#xa0;: stormcrew-cli demo create [--db CHEMIN] [--seed N] [--force]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the demo writes a store; run it without --read-only.</source>
        <translation>Créer la démonstration écrit un magasin&#xa0;; lancez-la sans --read-only.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--seed %1 is not a whole number from 0 to 18446744073709551615</source>
        <translation>--seed %1 n&apos;est pas un nombre entier de 0 à 18446744073709551615</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--now %1 is not an ISO 8601 time such as 2026-11-29T06:00:00Z</source>
        <translation>--now %1 n&apos;est pas une heure ISO 8601 telle que 2026-11-29T06:00:00Z</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the demo: %1</source>
        <translation>Impossible de créer la démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create a demo store: a fictional utility on Kentucky&apos;s 120 counties with seven years of storms and an incoming forecast: demo create.</source>
        <translation>Créer un magasin de démonstration&#xa0;: un distributeur d&apos;électricité fictif sur les 120 comtés du Kentucky, avec sept ans de tempêtes et une prévision à venir&#xa0;: demo create.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the demo store at --db.</source>
        <translation>Créer le magasin de démonstration à --db.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the generator (default 1): the same seed gives the same store.</source>
        <translation>Graine du générateur (1 par défaut)&#xa0;: la même graine donne le même magasin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the store at --db if one exists (its data is lost).</source>
        <translation>Remplacer le magasin de --db s&apos;il existe (ses données sont perdues).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue time of the incoming storm&apos;s forecast, ISO 8601 in UTC (default: now, on the hour).</source>
        <translation>Heure d&apos;émission de la prévision de la tempête à venir, ISO 8601 en UTC (par défaut&#xa0;: maintenant, à l&apos;heure pile).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the demo&apos;s files (GeoPackage, GeoTIFF, GRIB2, CSV) in this folder (default: a temporary folder, removed after).</source>
        <translation>Conserver les fichiers de la démonstration (GeoPackage, GeoTIFF, GRIB2, CSV) dans ce dossier (par défaut&#xa0;: un dossier temporaire, supprimé ensuite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the summary as JSON.</source>
        <translation>Afficher le résumé en JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::EvaluateCommand</name>
    <message>
        <location filename="../app/cli/evaluatecommand.cpp" line="+72"/>
        <source>Leave-one-storm-out over %1 storms (%2 storm-territory rows):</source>
        <translation>En laissant une tempête de côté à chaque fois, sur %1 tempêtes (%2 lignes tempête-territoire)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>log score</source>
        <translation>score log.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total %err</source>
        <translation>% err. total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>80 % cover</source>
        <translation>couv. 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 % cover</source>
        <translation>couv. 90 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the history: %1</source>
        <translation>Impossible de lire l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Cannot evaluate: %1</source>
        <translation>Évaluation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leave-one-storm-out cross-validation of the model, global and pooled, beside three baselines.</source>
        <translation>Validation croisée du modèle en laissant une tempête de côté à chaque fois, global et mis en commun, à côté de trois références.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>negbin (default) or poisson.</source>
        <translation>negbin (par défaut) ou poisson.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ridge penalty instead of choosing it by inner cross-validation (faster).</source>
        <translation>Pas de pénalité ridge au lieu de la choisir par validation croisée interne (plus rapide).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write a markdown report to FILE.</source>
        <translation>Écrire aussi un rapport markdown dans FILE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::FeaturesCommand</name>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="+133"/>
        <source>Storm %1 (%2), window %3 to %4</source>
        <translation>Tempête %1 (%2), fenêtre du %3 au %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast issued %1</source>
        <translation>Prévision émise le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 territories</source>
        <translation>%1 territoires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feature</source>
        <translation>variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>manquants</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Leaf-on source: %1 territories from NDVI with their own season (ndvi_seasonal), %2 from NDVI with the fixed pair (ndvi_fixed), %3 from the calendar and latitude (calendar)</source>
        <translation>Origine de la feuillaison&#xa0;: %1 territoires du NDVI avec leur propre saison (ndvi_seasonal), %2 du NDVI avec le couple fixe (ndvi_fixed), %3 du calendrier et de la latitude (calendar)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outages observed: %1</source>
        <translation>Pannes observées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every territory&apos;s values: --csv FILE or --json.</source>
        <translation>Les valeurs de chaque territoire&#xa0;: --csv FICHIER ou --json.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: stormcrew-cli features --storm CODE|--forecast latest [--as-of TIME] [--csv FILE] [--json]</source>
        <translation>Usage&#xa0;: stormcrew-cli features --storm CODE|--forecast latest [--as-of HEURE] [--csv FICHIER] [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give either --storm CODE or --forecast latest.</source>
        <translation>Indiquez soit --storm CODE, soit --forecast latest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--forecast %1: only &apos;latest&apos; is known (the newest forecast issued by --as-of, or the newest of all).</source>
        <translation>--forecast %1&#xa0;: seul «&#xa0;latest&#xa0;» est connu (la prévision la plus récente émise au plus tard à --as-of, ou la plus récente de toutes).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--as-of %1 is not a time: give ISO 8601, e.g. 2024-06-01T18:00:00Z (UTC unless an offset is given).</source>
        <translation>--as-of %1 n&apos;est pas une heure&#xa0;: indiquez de l&apos;ISO 8601, par ex. 2024-06-01T18:00:00Z (UTC sauf si un décalage est indiqué).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the store: %1</source>
        <translation>Impossible d&apos;ouvrir le magasin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the stored storms&apos; codes with: stormcrew-cli storms list</source>
        <translation>Listez les codes des tempêtes enregistrées avec&#xa0;: stormcrew-cli storms list</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the raw features of a storm or the latest forecast.</source>
        <translation>Afficher les variables brutes d&apos;une tempête ou de la dernière prévision.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored storm, by code (stormcrew-cli storms list).</source>
        <translation>La tempête enregistrée, par code (stormcrew-cli storms list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;latest&apos;: the newest forecast issued by --as-of.</source>
        <translation>«&#xa0;latest&#xa0;»&#xa0;: la prévision la plus récente émise au plus tard à --as-of.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read only what was known then: observations whose period had ended and forecasts issued by then (ISO 8601, UTC unless an offset is given).</source>
        <translation>Ne lire que ce qui était connu alors&#xa0;: les observations dont la période était terminée et les prévisions émises jusque-là (ISO 8601, UTC sauf si un décalage est indiqué).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write every territory&apos;s values to this CSV file.</source>
        <translation>Écrire aussi les valeurs de chaque territoire dans ce fichier CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the feature catalogue (the table in docs/model.md) and exit.</source>
        <translation>Afficher le catalogue des variables (le tableau de docs/model.md) et quitter.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::FitTableCommand</name>
    <message>
        <location filename="../app/cli/fittablecommand.cpp" line="+77"/>
        <source>coefficient</source>
        <translation>coefficient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>std. error</source>
        <translation>erreur std.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>z value</source>
        <translation>valeur z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>aliased</source>
        <translation>aliasé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(%1 of the coefficients not defined because of singularities: the columns before them explain their column)</source>
        <translation>(%1 des coefficients non définis pour cause de singularités&#xa0;: les colonnes précédentes expliquent leur colonne)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>theta %1 (standard error %2)</source>
        <translation>theta %1 (erreur standard %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>log-likelihood %1, deviance %2, AIC %3</source>
        <translation>log-vraisemblance %1, déviance %2, AIC %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>converged in %1 passes over the rows</source>
        <translation>a convergé en %1 passages sur les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did NOT converge in %1 passes over the rows</source>
        <translation>n&apos;a PAS convergé en %1 passages sur les lignes</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Partial pooling: %1 intercepts shrunk towards the global model (%2 groups), between-group sd %3 (tau2 %4)</source>
        <translation>Mise en commun partielle&#xa0;: ordonnées à l&apos;origine par %1 rapprochées du modèle global (%2 groupes), écart type entre groupes %3 (tau2 %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coefficients and theta given the group effects (their likelihood and AIC too):</source>
        <translation>Coefficients et theta sachant les effets de groupe (leur vraisemblance et AIC aussi)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Laplace log-likelihood (effects integrated out) %1</source>
        <translation>Log-vraisemblance de Laplace (effets intégrés) %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>effect</source>
        <translation>effet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own weight</source>
        <translation>poids propre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cross-validation, leaving out one %1 at a time (%2 folds, %3 rows):</source>
        <translation>Validation croisée, en laissant de côté une valeur de %1 à la fois (%2 blocs, %3 lignes)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  global model: held-out log score %1 per row, deviance %2 per row</source>
        <translation>  modèle global&#xa0;: score logarithmique hors échantillon %1 par ligne, déviance %2 par ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  pooled model: held-out log score %1 per row, deviance %2 per row</source>
        <translation>  modèle mis en commun&#xa0;: score logarithmique hors échantillon %1 par ligne, déviance %2 par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  The pooled model predicts held-out data better (lower log score).</source>
        <translation>  Le modèle mis en commun prédit mieux les données hors échantillon (score logarithmique plus bas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  The global model predicts held-out data as well or better (lower log score).</source>
        <translation>  Le modèle global prédit les données hors échantillon aussi bien ou mieux (score logarithmique plus bas).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: stormcrew-cli fit-table FILE.csv --response COLUMN [options]</source>
        <translation>Usage&#xa0;: stormcrew-cli fit-table FICHIER.csv --response COLONNE [options]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--family %1 is not known; choose poisson or negbin.</source>
        <translation>--family %1 n&apos;existe pas&#xa0;; choisissez poisson ou negbin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--ridge must be a number, zero or more.</source>
        <translation>--ridge doit être un nombre, zéro ou plus.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--folds compares the global and the pooled model: give --group too.</source>
        <translation>--folds compare le modèle global et le modèle mis en commun&#xa0;: donnez aussi --group.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Poisson GLM (log link) of %1: %2 rows of %3</source>
        <translation>GLM de Poisson (lien log) de %1&#xa0;: %2 lignes de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative binomial GLM (NB2, log link) of %1: %2 rows of %3</source>
        <translation>GLM binomial négatif (NB2, lien log) de %1&#xa0;: %2 lignes de %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Predictors: %1</source>
        <translation>Prédicteurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; offset %1</source>
        <translation>; décalage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offset log(%1)</source>
        <translation>; décalage log(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; ridge %1</source>
        <translation>; ridge %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fit a count GLM (negative binomial or Poisson) to any CSV table.</source>
        <translation>Ajuste un GLM de comptages (binomial négatif ou Poisson) à n&apos;importe quelle table CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file, with a header line.</source>
        <translation>Le fichier CSV, avec une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count to model.</source>
        <translation>Le comptage à modéliser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+20"/>
        <location line="+5"/>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>A column added to the linear predictor as it is (a log exposure).</source>
        <translation>Une colonne ajoutée telle quelle au prédicteur linéaire (un log d&apos;exposition).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A positive column whose log is the offset (overhead km).</source>
        <translation>Une colonne positive dont le logarithme est le décalage (km aériens).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The predictors, separated by commas (default: every named column but the response and the offset).</source>
        <translation>Les prédicteurs, séparés par des virgules (par défaut&#xa0;: toutes les colonnes nommées sauf la réponse et le décalage).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Columns to read as text (factors) even where they hold numbers.</source>
        <translation>Colonnes lues comme du texte (facteurs) même si elles contiennent des nombres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>poisson or negbin (default).</source>
        <translation>poisson ou negbin (par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ridge penalty lambda on every coefficient but the intercept (default 0).</source>
        <translation>Pénalité ridge lambda sur tous les coefficients sauf l&apos;ordonnée à l&apos;origine (0 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lambda</source>
        <translation>lambda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also fit random intercepts for this column&apos;s groups (territory), shrunk towards the global model.</source>
        <translation>Ajuste aussi des ordonnées à l&apos;origine aléatoires pour les groupes de cette colonne (territoire), rapprochées du modèle global.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare the global and the pooled model by leaving out one group of this column (storm) at a time.</source>
        <translation>Compare le modèle global et le modèle mis en commun en laissant de côté un groupe de cette colonne (tempête) à la fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON instead of text.</source>
        <translation>Affiche du JSON au lieu de texte.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportAssets</name>
    <message>
        <location filename="../app/cli/importassets.cpp" line="+18"/>
        <source>Per-territory assets (customers, line km, poles, ...) from CSV or a vector layer; --lines measures power lines.</source>
        <translation>Actifs par territoire (clients, km de lignes, poteaux, ...) depuis un CSV ou une couche vectorielle&#xa0;; --lines mesure des lignes électriques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column with the territory code (default: code).</source>
        <translation>Colonne contenant le code du territoire (par défaut&#xa0;: code).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an attribute from another column, e.g. customers=meters (repeatable).</source>
        <translation>Lit un attribut dans une autre colonne, p. ex. customers=meters (répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribute=column</source>
        <translation>attribut=colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer to read (default: the first).</source>
        <translation>Couche à lire (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute filter.</source>
        <translation>Filtre attributaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds power lines: sum their length per territory.</source>
        <translation>Le fichier contient des lignes électriques&#xa0;: additionne leur longueur par territoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --lines: overhead_km (default) or underground_km.</source>
        <translation>Avec --lines&#xa0;: overhead_km (par défaut) ou underground_km.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attribute</source>
        <translation>attribut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --lines: CRS of a file that has none, e.g. EPSG:26916.</source>
        <translation>Avec --lines&#xa0;: SCR d&apos;un fichier qui n&apos;en a pas, p. ex. EPSG:26916.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crs</source>
        <translation>crs</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+52"/>
        <source>Usage: stormcrew-cli import KIND FILE [options]</source>
        <translation>Usage&#xa0;: stormcrew-cli import TYPE FICHIER [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds:</source>
        <translation>Types&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An import changes the store; run it without --read-only.</source>
        <translation>Un import modifie le magasin&#xa0;; lancez-le sans --read-only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the store: %1</source>
        <translation>Impossible d&apos;ouvrir le magasin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import failed: %1</source>
        <translation>L&apos;import a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing imported: no row could be imported.</source>
        <translation>Rien n&apos;a été importé&#xa0;: aucune ligne n&apos;a pu être importée.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing imported: %n row(s) rejected. Fix the input, or rerun with --keep-going to keep the good rows.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne rejetée. Corrigez l&apos;entrée, ou relancez avec --keep-going pour garder les lignes correctes.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes rejetées. Corrigez l&apos;entrée, ou relancez avec --keep-going pour garder les lignes correctes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--map %1 is not of the form field=column</source>
        <translation>--map %1 n&apos;est pas de la forme champ=colonne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import a file into the store, all or nothing: import KIND FILE.</source>
        <translation>Importe un fichier dans le magasin, tout ou rien&#xa0;: import TYPE FICHIER.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the file holds:</source>
        <translation>Ce que contient le fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the good rows and report the rejected ones (default: any reject imports nothing).</source>
        <translation>Garde les lignes correctes et signale les rejetées (par défaut&#xa0;: un seul rejet et rien n&apos;est importé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report as JSON.</source>
        <translation>Affiche le rapport en JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportIncidents</name>
    <message>
        <location filename="../app/cli/importincidents.cpp" line="+17"/>
        <source>Outage incidents from a CSV file (also .csv.gz).</source>
        <translation>Incidents de panne depuis un fichier CSV (aussi .csv.gz).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read a field from another column, e.g. start=first_seen_utc (repeatable). Fields: %1.</source>
        <translation>Lit un champ dans une autre colonne, p. ex. start=first_seen_utc (répétable). Champs&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field=column</source>
        <translation>champ=colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column with the territory code, used for rows without coordinates (same as --map territory=COLUMN).</source>
        <translation>Colonne contenant le code du territoire, utilisée pour les lignes sans coordonnées (comme --map territory=COLONNE).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone of times written without one, e.g. America/New_York.</source>
        <translation>Fuseau horaire IANA des heures écrites sans fuseau, p. ex. America/New_York.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the feed (default: the file name).</source>
        <translation>Nom de la source (par défaut&#xa0;: le nom du fichier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportNdvi</name>
    <message>
        <location filename="../app/cli/importndvi.cpp" line="+21"/>
        <source>A dated NDVI composite (GeoTIFF, ...) averaged per territory, for leaf-on</source>
        <translation>Un composite NDVI daté (GeoTIFF, ...) moyenné par territoire, pour la feuillaison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day the composite&apos;s greenness stands for (required; several dates build a season).</source>
        <translation>Le jour que représente la verdure du composite (obligatoire&#xa0;; plusieurs dates forment une saison).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NDVI = value x scale + offset; overrides the raster&apos;s own scale (0.0001 for int16 NDVI).</source>
        <translation>NDVI = valeur x échelle + décalage&#xa0;; remplace l&apos;échelle propre du raster (0.0001 pour un NDVI en int16).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overrides the raster&apos;s own offset (default 0).</source>
        <translation>Remplace le décalage propre du raster (par défaut&#xa0;: 0).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>la valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say which day the composite stands for with --date YYYY-MM-DD</source>
        <translation>indiquez avec --date AAAA-MM-JJ quel jour représente le composite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--date &apos;%1&apos; is not a date: give YYYY-MM-DD, e.g. 2024-05-08</source>
        <translation>--date «&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: indiquez AAAA-MM-JJ, par ex. 2024-05-08</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportRaster</name>
    <message>
        <location filename="../app/cli/importraster.cpp" line="+21"/>
        <source>Any GDAL raster (canopy, NDVI, elevation, ...) averaged per territory</source>
        <translation>Tout raster GDAL (canopée, NDVI, altitude, ...) moyenné par territoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the raster holds: canopy, ndvi, elevation or a name of yours (required).</source>
        <translation>Ce que contient le raster&#xa0;: canopy, ndvi, elevation ou un nom de votre choix (obligatoire).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also store the share of area above this value (statistic fraction_above:X).</source>
        <translation>Enregistre aussi la part de la surface au-dessus de cette valeur (statistique fraction_above:X).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiply values by this factor, e.g. 0.01 for a canopy raster in percent.</source>
        <translation>Multiplie les valeurs par ce facteur, p. ex. 0.01 pour un raster de canopée en pourcentage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say what the raster holds with --as canopy|ndvi|elevation|NAME</source>
        <translation>indiquez ce que contient le raster avec --as canopy|ndvi|elevation|NOM</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportStorms</name>
    <message>
        <location filename="../app/cli/importstorms.cpp" line="+17"/>
        <source>Storms (code or name, kind, start, end) from a CSV file.</source>
        <translation>Tempêtes (code ou nom, type, début, fin) depuis un fichier CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read a field from another column, e.g. start=began (repeatable). Fields: %1.</source>
        <translation>Lit un champ dans une autre colonne, p. ex. start=began (répétable). Champs&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field=column</source>
        <translation>champ=colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone of times written without one.</source>
        <translation>Fuseau horaire IANA des heures écrites sans fuseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportTerritories</name>
    <message>
        <location filename="../app/cli/importterritories.cpp" line="+17"/>
        <source>Service territory outlines from any vector file, any CRS.</source>
        <translation>Contours des territoires de desserte depuis tout fichier vectoriel, dans tout SCR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer to read (default: the first).</source>
        <translation>Couche à lire (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field holding the territory code (default: code or id, else the feature id).</source>
        <translation>Champ contenant le code du territoire (par défaut&#xa0;: code ou id, sinon l&apos;identifiant de l&apos;entité).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Field holding the territory name (default: name).</source>
        <translation>Champ contenant le nom du territoire (par défaut&#xa0;: name).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribute filter, e.g. &quot;fips LIKE &apos;21%&apos;&quot;.</source>
        <translation>Filtre attributaire, p. ex. &quot;fips LIKE &apos;21%&apos;&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRS of the coordinates when the file has none (or a wrong one), e.g. EPSG:26916.</source>
        <translation>SCR des coordonnées quand le fichier n&apos;en a pas (ou en a un mauvais), p. ex. EPSG:26916.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crs</source>
        <translation>crs</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportTrack</name>
    <message>
        <location filename="../app/cli/importtrack.cpp" line="+17"/>
        <source>Tropical-cyclone tracks: HURDAT2, its JSON form, ATCF a-/b-decks.</source>
        <translation>Trajectoires de cyclones tropicaux&#xa0;: HURDAT2, sa forme JSON, ATCF a-/b-decks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import only this storm of the file: its ATCF id (AL092024) or name (Helene).</source>
        <translation>N&apos;importer que cette tempête du fichier&#xa0;: son id ATCF (AL092024) ou son nom (Helene).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id</source>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportWeather</name>
    <message>
        <location filename="../app/cli/importweather.cpp" line="+53"/>
        <source>--timezone &apos;%1&apos; is not a known time zone; use an IANA name such as America/New_York</source>
        <translation>--timezone «&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu&#xa0;; utilisez un nom IANA comme America/New_York</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--max-distance-km must be a positive number</source>
        <translation>--max-distance-km doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>say what the grid holds with --variable gust|wind|precip|temp|snow|ice</source>
        <translation>indiquez ce que contient la grille avec --variable gust|wind|precip|temp|snow|ice</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--step-hours must be a positive number</source>
        <translation>--step-hours doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weather per territory: CSV, NOAA GHCN-Daily CSV, or a GRIB2/NetCDF/GeoTIFF grid</source>
        <translation>Météo par territoire&#xa0;: CSV, CSV NOAA GHCN-Daily ou grille GRIB2/NetCDF/GeoTIFF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv, ghcn or grid (default: from the file).</source>
        <translation>csv, ghcn ou grid (par défaut&#xa0;: d&apos;après le fichier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV: our column name = the file&apos;s header, e.g. gust_ms=Gust,territory=County.</source>
        <translation>CSV&#xa0;: notre nom de colonne = l&apos;en-tête du fichier, p. ex. gust_ms=Gust,territory=County.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name=column</source>
        <translation>nom=colonne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV: the file&apos;s units, e.g. gust=mph,wind=kt,precip=in. GHCN: standard (default), metric or tenths. Grid: the values&apos; unit when the file does not say.</source>
        <translation>CSV&#xa0;: les unités du fichier, p. ex. gust=mph,wind=kt,precip=in. GHCN&#xa0;: standard (par défaut), metric ou tenths. Grille&#xa0;: l&apos;unité des valeurs quand le fichier ne la précise pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone of times without a UTC offset (IANA name, e.g. America/New_York).</source>
        <translation>Fuseau horaire des heures sans décalage UTC (nom IANA, p. ex. America/New_York).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source recorded with every row (default csv, ghcn, or grid).</source>
        <translation>Source enregistrée avec chaque ligne (par défaut&#xa0;: csv, ghcn ou grid).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>GHCN: farthest station (geodesic km from a point inside the territory) that may serve it (default 50).</source>
        <translation>GHCN&#xa0;: distance maximale (en km géodésiques depuis un point intérieur au territoire) à laquelle une station peut le desservir (par défaut&#xa0;: 50).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GHCN: inverse-distance-squared weighting of every station within the limit instead of the nearest.</source>
        <translation>GHCN&#xa0;: pondération par l&apos;inverse du carré de la distance de toutes les stations dans la limite, au lieu de la plus proche.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid: what the bands hold: gust, wind, precip, temp, snow or ice.</source>
        <translation>Grille&#xa0;: ce que contiennent les bandes&#xa0;: gust, wind, precip, temp, snow ou ice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grid: valid time of band 1 (ISO 8601), when the file does not carry it.</source>
        <translation>Grille&#xa0;: heure de validité de la bande 1 (ISO 8601), si le fichier ne la contient pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Grid: issue time of the forecast (ISO 8601); without it, and without one in the file, the rows are observations.</source>
        <translation>Grille&#xa0;: heure d&apos;émission de la prévision (ISO 8601)&#xa0;; sans elle, et si le fichier n&apos;en contient pas, les lignes sont des observations.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grid: hours between bands after --valid-time (default 1).</source>
        <translation>Grille&#xa0;: heures entre les bandes après --valid-time (par défaut&#xa0;: 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format &apos;%1&apos;: use csv, ghcn or grid</source>
        <translation>--format «&#xa0;%1&#xa0;»&#xa0;: utilisez csv, ghcn ou grid</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::InfoCommand</name>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="+24"/>
        <source>Cannot open the store: %1</source>
        <translation>Impossible d&apos;ouvrir le magasin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Store:          %1</source>
        <translation>Magasin&#xa0;:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>Version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access:         %1</source>
        <translation>Accès&#xa0;:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2 rows</source>
        <translation>  %1&#xa0;: %2 lignes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the store: location, schema version and what it holds (creates an empty store when none exists).</source>
        <translation>Afficher le magasin&#xa0;: emplacement, version du schéma et contenu (crée un magasin vide s&apos;il n&apos;en existe aucun).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ModelCommands</name>
    <message>
        <location filename="../app/cli/modelcommands.cpp" line="+36"/>
        <source>--ridge %1: expected a penalty of 0 or more</source>
        <translation>--ridge %1&#xa0;: pénalité de 0 ou plus attendue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--pooling %1: expected auto, global or pooled</source>
        <translation>--pooling %1&#xa0;: auto, global ou pooled attendu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>train takes no arguments, only options; see --help</source>
        <translation>train n&apos;accepte aucun argument, seulement des options&#xa0;; voir --help</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot train: %1</source>
        <translation>Entraînement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model %1 failed its contract and was stored as rejected; it was not activated.</source>
        <translation>Le modèle %1 n&apos;a pas respecté son contrat et a été enregistré comme rejeté&#xa0;; il n&apos;a pas été activé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: stormcrew-cli models %1 ID (a number from `stormcrew-cli models list`)</source>
        <translation>Usage&#xa0;: stormcrew-cli models %1 ID (un numéro de `stormcrew-cli models list`)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No model yet; train one with `stormcrew-cli train --activate`.</source>
        <translation>Aucun modèle pour l&apos;instant&#xa0;; entraînez-en un avec `stormcrew-cli train --activate`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV log score</source>
        <translation>score log. VC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storms</source>
        <translation>tempêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trained</source>
        <translation>entraîné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>passed</source>
        <translation>respecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>NON RESPECTÉ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: stormcrew-cli models list|show ID|activate ID [--json]</source>
        <translation>Usage&#xa0;: stormcrew-cli models list|show ID|activate ID [--json]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot activate: %1</source>
        <translation>Activation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model %1 is now active.</source>
        <translation>Le modèle %1 est désormais actif.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Train the outage model on every past storm in the store and save it in the registry (--activate makes it the active model).</source>
        <translation>Entraîner le modèle de pannes sur toutes les tempêtes passées du magasin et l&apos;enregistrer dans le registre (--activate en fait le modèle actif).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activate the model when its contract holds.</source>
        <translation>Activer le modèle s&apos;il respecte son contrat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negbin (default) or poisson.</source>
        <translation>negbin (par défaut) ou poisson.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the ridge penalty on standardised terms instead of choosing it by cross-validation.</source>
        <translation>Fixer la pénalité ridge sur les termes standardisés au lieu de la choisir par validation croisée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto (cross-validation decides, default), global or pooled.</source>
        <translation>auto (la validation croisée décide, par défaut), global ou pooled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep every term even when its fitted sign breaks the contract (the model is then stored as rejected).</source>
        <translation>Garder tous les termes même si leur signe ajusté enfreint le contrat (le modèle est alors enregistré comme rejeté).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>List the trained models, show one, or activate one: models list|show ID|activate ID.</source>
        <translation>Lister les modèles entraînés, en afficher un ou en activer un&#xa0;: models list|show ID|activate ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, show ID or activate ID.</source>
        <translation>list, show ID ou activate ID.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ModelReport</name>
    <message>
        <location filename="../app/cli/modelreport.cpp" line="+45"/>
        <source>Model %1 (%2 v%3), %4, trained %5 by %6</source>
        <translation>Modèle %1 (%2 v%3), %4, entraîné le %5 par %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 storms, %2 storm-territory rows; data fingerprint %3</source>
        <translation>%1 tempêtes, %2 lignes tempête-territoire&#xa0;; empreinte des données %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>std. error</source>
        <translation>erreur type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % interval</source>
        <translation>intervalle 95 %</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offset: log(overhead km)</source>
        <translation>décalage&#xa0;: log(km de ligne aérienne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative binomial theta %1 (standard error %2)</source>
        <translation>thêta de la binomiale négative %1 (erreur type %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm-level effect: standard deviation %1 on the log scale</source>
        <translation>effet de la tempête&#xa0;: écart type %1 sur l&apos;échelle logarithmique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ridge penalty %1 (on standardised terms), chosen by leave-one-storm-out cross-validation:</source>
        <translation>Pénalité ridge %1 (sur les termes standardisés), choisie par validation croisée en laissant une tempête de côté à chaque fois&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ridge penalty %1 (on standardised terms), as given.</source>
        <translation>Pénalité ridge %1 (sur les termes standardisés), telle qu&apos;indiquée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  lambda %1: mean log score %2</source>
        <translation>  lambda %1&#xa0;: score logarithmique moyen %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One global model: mean log score %1; with territory intercepts (partial pooling): %2. Chosen: %3.</source>
        <translation>Un modèle global&#xa0;: score logarithmique moyen %1&#xa0;; avec constantes par territoire (mise en commun partielle)&#xa0;: %2. Choisi&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pooled</source>
        <translation>mis en commun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pooled model could not be fitted (%1); the global model is used.</source>
        <translation>Le modèle mis en commun n&apos;a pas pu être ajusté (%1)&#xa0;; le modèle global est utilisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>territory effects: variance %1 across %2 territories</source>
        <translation>effets de territoire&#xa0;: variance %1 entre %2 territoires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contract: passed</source>
        <translation>Contrat&#xa0;: respecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract: FAILED — this model cannot be activated</source>
        <translation>Contrat&#xa0;: NON RESPECTÉ — ce modèle ne peut pas être activé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pass</source>
        <translation>respecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL: lowered %1 of %2 predictions</source>
        <translation>ÉCHEC&#xa0;: a fait baisser %1 prévisions sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported</source>
        <translation>signalé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>median %1</source>
        <translation>médiane %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worst %1</source>
        <translation>pire %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  left out to keep the expectations (fitted value): %1</source>
        <translation>  écartés pour respecter les attentes (valeur ajustée)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::PlanCommand</name>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="+27"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 %2: expected a whole number from %3 to %4</source>
        <translation>--%1 %2&#xa0;: nombre entier attendu, de %3 à %4</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--seed %1: expected a whole number from 0 to 18446744073709551615</source>
        <translation>--seed %1&#xa0;: nombre entier attendu, de 0 à 18446744073709551615</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Crew plan: %1 own and %2 mutual-aid crews for %3 predicted outages (%4 customers out, means over %5 simulated storms)</source>
        <translation>Plan d’équipes&#xa0;: %1 équipes propres et %2 d’aide mutuelle pour %3 pannes prévues (%4 clients coupés, moyennes sur %5 tempêtes simulées)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  Target: %1 % of customers within %2 h at %3</source>
        <translation>  Objectif&#xa0;: %1 % des clients en %2 h au niveau %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Hours count from the all-clear, %1 UTC (the end of the storm, or of the forecast&apos;s damaging gusts)</source>
        <translation>  Les heures comptent à partir de la fin de l’alerte, %1 UTC (la fin de la tempête, ou des rafales dommageables de la prévision)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Target share back after (P10/P50/P90): %1 / %2 / %3 h</source>
        <translation>  Part visée rétablie après (P10/P50/P90)&#xa0;: %1 / %2 / %3 h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Everyone back after (P10/P50/P90): %1 / %2 / %3 h</source>
        <translation>  Tous rétablis après (P10/P50/P90)&#xa0;: %1 / %2 / %3 h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Expected customer-hours %1 (± %2), cost %3 (± %4), of which crews %5</source>
        <translation>  Heures-clients attendues %1 (± %2), coût %3 (± %4), dont équipes %5</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>  %n territory(ies) without a crew of their own restored by crews that finish elsewhere and move on</source>
        <translation>
            <numerusform>  %n territoire sans équipe propre rétabli par des équipes qui terminent ailleurs et se déplacent</numerusform>
            <numerusform>  %n territoires sans équipe propre rétablis par des équipes qui terminent ailleurs et se déplacent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  Warning: %1</source>
        <translation>  Attention&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>territory  own  aid  outages  ETR P50  P90     target P%1  met</source>
        <translation>territoire propres aide pannes  ETR P50  P90     objectif P%1  tenu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give either --storm CODE or --forecast latest.</source>
        <translation>Indiquez --storm CODE ou --forecast latest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--forecast %1: only &apos;latest&apos; is supported</source>
        <translation>--forecast %1&#xa0;: seule la valeur «&#xa0;latest&#xa0;» est prise en charge</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--save changes the store; run it without --read-only.</source>
        <translation>--save modifie le magasin&#xa0;; lancez-le sans --read-only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the store: %1</source>
        <translation>Impossible d’ouvrir le magasin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot plan: %1</source>
        <translation>Planification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the plan: %1</source>
        <translation>Impossible d’enregistrer le plan&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as crew plan %1.</source>
        <translation>Enregistré comme plan d’équipes %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan crews, mutual aid and restoration times for a storm.</source>
        <translation>Planifier équipes, aide mutuelle et délais de rétablissement pour une tempête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The storm to plan for.</source>
        <translation>La tempête à planifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan for the incoming storm of the latest forecast.</source>
        <translation>Planifier pour la tempête annoncée par la dernière prévision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoration target (default 95@48: 95 % of customers within 48 hours).</source>
        <translation>Objectif de rétablissement (par défaut 95@48&#xa0;: 95 % des clients en 48 heures).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percent@hours</source>
        <translation>pourcentage@heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk level: p50, p80 (default) or p90.</source>
        <translation>Niveau de risque&#xa0;: p50, p80 (par défaut) ou p90.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own crews on hand (default: the depots&apos; crews).</source>
        <translation>Équipes propres disponibles (par défaut&#xa0;: celles des dépôts).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Simulated storms (default 1000).</source>
        <translation>Tempêtes simulées (par défaut 1000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (par défaut 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the plan with the prediction run it used.</source>
        <translation>Enregistrer le plan avec l’exécution de prévision utilisée.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::PredictCommand</name>
    <message>
        <location filename="../app/cli/predictcommand.cpp" line="+36"/>
        <source>give either --storm CODE or --forecast latest</source>
        <translation>indiquez --storm CODE ou --forecast latest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--forecast %1: only &apos;latest&apos; is supported (with --as-of to go back in time)</source>
        <translation>--forecast %1&#xa0;: seule la valeur «&#xa0;latest&#xa0;» est prise en charge (avec --as-of pour remonter dans le temps)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--model %1: expected a model id from `stormcrew-cli models list`</source>
        <translation>--model %1&#xa0;: identifiant de modèle de `stormcrew-cli models list` attendu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--draws %1: expected a whole number from 100 to 100000</source>
        <translation>--draws %1&#xa0;: nombre entier attendu, de 100 à 100000</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--seed %1: expected a whole number from 0 to 18446744073709551615</source>
        <translation>--seed %1&#xa0;: nombre entier attendu, de 0 à 18446744073709551615</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoming storm (latest forecast): %1 to %2 (UTC)</source>
        <translation>Tempête annoncée (dernière prévision)&#xa0;: du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storm %1: %2 to %3 (UTC)</source>
        <translation>Tempête %1&#xa0;: du %2 au %3 (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As of %1: only data issued by then was used.</source>
        <translation>Au %1&#xa0;: seules les données émises jusque-là ont été utilisées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast issued %1.</source>
        <translation>Prévision émise le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 (v%2).</source>
        <translation>Modèle %1 (v%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages, all territories: expected %1; P10 %2, P50 %3, P90 %4</source>
        <translation>Pannes, tous territoires&#xa0;: attendues %1&#xa0;; P10 %2, P50 %3, P90 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WARNING: this storm is unlike the storms the model learnt from; treat the numbers with care:</source>
        <translation>ATTENTION&#xa0;: cette tempête diffère des tempêtes dont le modèle a appris&#xa0;; utilisez les chiffres avec prudence&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most similar past storms:</source>
        <translation>Tempêtes passées les plus proches&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 (%2, %3): %4 outages, distance %5</source>
        <translation>  %1 (%2, %3)&#xa0;: %4 pannes, distance %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>territory</source>
        <translation>territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongest reasons (x against a calm day)</source>
        <translation>raisons principales (× par rapport à un jour calme)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>... and %n more territories (--out FILE.csv writes them all)</source>
        <translation>
            <numerusform>... et %n autre territoire (--out FILE.csv les écrit tous)</numerusform>
            <numerusform>... et %n autres territoires (--out FILE.csv les écrit tous)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot predict: %1</source>
        <translation>Prévision impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the prediction: %1</source>
        <translation>Impossible d&apos;écrire la prévision&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot record the prediction: %1</source>
        <translation>Impossible d&apos;enregistrer la prévision&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded as prediction run %1.</source>
        <translation>Enregistrée comme exécution de prévision %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Predict outages per territory for a stored storm or the latest forecast with the active model: mean, P10/P50/P90 and why.</source>
        <translation>Prévoir les pannes par territoire pour une tempête enregistrée ou la dernière prévision avec le modèle actif&#xa0;: moyenne, P10/P50/P90 et pourquoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored storm&apos;s code.</source>
        <translation>Le code de la tempête enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;latest&apos;: the newest forecast in the store.</source>
        <translation>«&#xa0;latest&#xa0;»&#xa0;: la prévision la plus récente du magasin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use only data issued by this time (ISO 8601, UTC unless an offset is given).</source>
        <translation>N&apos;utiliser que les données émises jusqu&apos;à cette heure (ISO 8601, UTC sauf décalage indiqué).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A model id instead of the active model.</source>
        <translation>Un identifiant de modèle au lieu du modèle actif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated storms for the totals (default 2000).</source>
        <translation>Tempêtes simulées pour les totaux (par défaut 2000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the simulation (default 1).</source>
        <translation>Graine de la simulation (par défaut 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write every territory to FILE (.csv, .json or .geojson).</source>
        <translation>Écrire aussi tous les territoires dans FILE (.csv, .json ou .geojson).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the prediction in the store.</source>
        <translation>Enregistrer la prévision dans le magasin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::QualityCommand</name>
    <message>
        <location filename="../app/cli/qualitycommand.cpp" line="+31"/>
        <source>Cannot open the store: %1</source>
        <translation>Impossible d&apos;ouvrir le magasin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit %1 is not a whole number of imports</source>
        <translation>--limit %1 n&apos;est pas un nombre entier d&apos;imports</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No import has been committed to this store yet.</source>
        <translation>Aucun import n&apos;a encore abouti dans ce magasin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1, finished %2</source>
        <translation>#%1, terminé le %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the data-quality reports of the committed imports, latest first.</source>
        <translation>Afficher les rapports de qualité des données des imports aboutis, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the latest N imports.</source>
        <translation>Afficher seulement les N imports les plus récents.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ReplayCommand</name>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="+53"/>
        <source>--lead %1: expected hours before the first outage such as 48h (or days such as 2d), from 0 to 720 h</source>
        <translation>--lead&#xa0;%1&#xa0;: heures attendues avant la première panne, comme 48h (ou jours, comme 2d), de 0 à 720 h</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 %2: expected a model id from `stormcrew-cli models list`</source>
        <translation>--%1&#xa0;%2&#xa0;: identifiant de modèle attendu, voir `stormcrew-cli models list`</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--simulations %1: expected a whole number from 10 to 100000</source>
        <translation>--simulations&#xa0;%1&#xa0;: nombre entier attendu, de 10 à 100000</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Storm %1 (%2): %3 to %4 UTC, first outage %5</source>
        <translation>Tempête&#xa0;%1 (%2)&#xa0;: de&#xa0;%3 à&#xa0;%4 UTC, première panne&#xa0;%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replayed as of %1 (%2 h before the first outage) with model %3 (v%4, %5)</source>
        <translation>Rejouée en date du&#xa0;%1 (%2 h avant la première panne) avec le modèle&#xa0;%3 (v%4,&#xa0;%5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Newest forecast read: issued %1</source>
        <translation>Prévision la plus récente lue&#xa0;: émise le&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages: predicted %1 (P10 %2, P50 %3, P90 %4), actual %5</source>
        <translation>Pannes&#xa0;: prévues&#xa0;%1 (P10&#xa0;%2, P50&#xa0;%3, P90&#xa0;%4), réelles&#xa0;%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Territories: MAE %1, RMSE %2, error of the total %3 %, Spearman %4, P10-P90 coverage %5 %</source>
        <translation>Territoires&#xa0;: MAE&#xa0;%1, RMSE&#xa0;%2, erreur du total&#xa0;%3&#xa0;%, Spearman&#xa0;%4, couverture P10-P90&#xa0;%5&#xa0;%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model&apos;s plan, as planned</source>
        <translation>Plan du modèle, tel que planifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model&apos;s plan, dispatched</source>
        <translation>Plan du modèle, réparti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews deployed</source>
        <translation>Équipes déployées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 own + %3 aid crews; on the actual outages %4 customer-hours (± %5), cost %6 (± %7), everyone back after %8 h (P50)</source>
        <translation>%1&#xa0;:&#xa0;%2 équipes propres +&#xa0;%3 d&apos;assistance&#xa0;; sur les pannes réelles&#xa0;%4 heures-clients (±&#xa0;%5), coût&#xa0;%6 (±&#xa0;%7), tous rétablis après&#xa0;%8 h (P50)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded: %1 customer-hours</source>
        <translation>Enregistré&#xa0;:&#xa0;%1 heures-clients</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;:&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Model %1 against model %2, %3 h before each storm&apos;s first outage, %n storm(s)</source>
        <translation>
            <numerusform>Modèle&#xa0;%1 face au modèle&#xa0;%2,&#xa0;%3 h avant la première panne de chaque tempête,&#xa0;%n tempête</numerusform>
            <numerusform>Modèle&#xa0;%1 face au modèle&#xa0;%2,&#xa0;%3 h avant la première panne de chaque tempête,&#xa0;%n tempêtes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>storm</source>
        <translation>tempête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A total</source>
        <translation>total A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B total</source>
        <translation>total B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A MAE</source>
        <translation>MAE A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B MAE</source>
        <translation>MAE B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B cover</source>
        <translation>couv. A/B</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overall %1: MAE %2, RMSE %3, mean error of the total %4 %, mean Spearman %5, P10-P90 coverage %6 %, mean log score %7</source>
        <translation>Ensemble&#xa0;%1&#xa0;: MAE&#xa0;%2, RMSE&#xa0;%3, erreur moyenne du total&#xa0;%4&#xa0;%, Spearman moyen&#xa0;%5, couverture P10-P90&#xa0;%6&#xa0;%, score logarithmique moyen&#xa0;%7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lower MAE: A in %1 storms, B in %2</source>
        <translation>MAE plus faible&#xa0;: A pour&#xa0;%1 tempêtes, B pour&#xa0;%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped %1</source>
        <translation>Ignorée&#xa0;%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--compare %1: expected two model ids such as 1,2 (`stormcrew-cli models list` shows them)</source>
        <translation>--compare&#xa0;%1&#xa0;: deux identifiants de modèle attendus, comme 1,2 (`stormcrew-cli models list` les affiche)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give either --storm ID|CODE (one storm) or --compare A,B (two models over many storms).</source>
        <translation>Indiquez soit --storm ID|CODE (une tempête), soit --compare A,B (deux modèles sur de nombreuses tempêtes).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--model and --report go with --storm; --compare names its two models itself.</source>
        <translation>--model et --report vont avec --storm&#xa0;; --compare nomme lui-même ses deux modèles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--storms goes with --compare.</source>
        <translation>--storms va avec --compare.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the store: %1</source>
        <translation>Impossible d&apos;ouvrir le magasin&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot replay: %1</source>
        <translation>Impossible de rejouer&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the report: %1</source>
        <translation>Impossible d&apos;écrire le rapport&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replay a stored storm as a model saw it a lead time ahead, against what happened; or compare two models over many storms.</source>
        <translation>Rejouer une tempête enregistrée telle qu&apos;un modèle la voyait à l&apos;avance, face à ce qui s&apos;est passé&#xa0;; ou comparer deux modèles sur de nombreuses tempêtes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored storm (code or id).</source>
        <translation>La tempête enregistrée (code ou identifiant).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long before the storm&apos;s first outage (default 48h).</source>
        <translation>Combien de temps avant la première panne de la tempête (48h par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A model id (default: the model active at that time).</source>
        <translation>Un identifiant de modèle (par défaut&#xa0;: le modèle actif à ce moment-là).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare two models: their ids.</source>
        <translation>Comparer deux modèles&#xa0;: leurs identifiants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --compare: &apos;all&apos; storms with outcomes (default) or a list of ids or codes.</source>
        <translation>Avec --compare&#xa0;: &apos;all&apos;, toutes les tempêtes avec résultats (par défaut), ou une liste d&apos;identifiants ou de codes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoration target of the hindsight plan (default 95@48).</source>
        <translation>Objectif de rétablissement du plan rétrospectif (95@48 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent@hours</source>
        <translation>pourcentage@heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk level of the hindsight plan: p50, p80 (default) or p90.</source>
        <translation>Niveau de risque du plan rétrospectif&#xa0;: p50, p80 (par défaut) ou p90.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated restorations of the hindsight (default 250).</source>
        <translation>Rétablissements simulés de la rétrospective (250 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write a review report: FILE.pdf, FILE.md or FILE.csv.</source>
        <translation>Écrire aussi un rapport de revue&#xa0;: FICHIER.pdf, FICHIER.md ou FICHIER.csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::StormsCommand</name>
    <message>
        <location filename="../app/cli/stormscommand.cpp" line="+106"/>
        <source>Usage: stormcrew-cli storms detect [--json] [--save] [--timezone ZONE] [--threshold Z]</source>
        <translation>Usage&#xa0;: stormcrew-cli storms detect [--json] [--save] [--timezone FUSEAU] [--threshold Z]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--save changes the store; run it without --read-only.</source>
        <translation>--save modifie le magasin&#xa0;; lancez-le sans --read-only.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timezone: %1</source>
        <translation>--timezone&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--threshold %1 is not a positive number</source>
        <translation>--threshold %1 n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+96"/>
        <source>Cannot open the store: %1</source>
        <translation>Impossible d&apos;ouvrir le magasin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1 stored storm(s), oldest first:</source>
        <translation>%1 tempête(s) enregistrée(s), de la plus ancienne à la plus récente&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code                kind          start                 end                   incidents  name</source>
        <translation>code                type          début                 fin                   incidents  nom</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>       stormcrew-cli storms list [--json]</source>
        <translation>       stormcrew-cli storms list [--json]</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot save the storms: %1</source>
        <translation>Impossible d&apos;enregistrer les tempêtes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n storm event(s) in %1 days with incidents (days in %2, robust z-score &gt;= %3 against the median of the previous %4 days):</source>
        <translation>
            <numerusform>%n épisode de tempête sur %1 jours avec incidents (jours selon le fuseau %2, score z robuste &gt;= %3 par rapport à la médiane des %4 jours précédents)&#xa0;:</numerusform>
            <numerusform>%n épisodes de tempête sur %1 jours avec incidents (jours selon le fuseau %2, score z robuste &gt;= %3 par rapport à la médiane des %4 jours précédents)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>first day   last day    incidents  peak day    peak  usual  z</source>
        <translation>début       fin         incidents  jour du pic   pic  usuel  z</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Saved %n storm(s) of kind &apos;other&apos;; %1 incidents linked.</source>
        <translation>
            <numerusform>%n tempête enregistrée avec le type «&#xa0;other&#xa0;»&#xa0;; %1 incidents rattachés.</numerusform>
            <numerusform>%n tempêtes enregistrées avec le type «&#xa0;other&#xa0;»&#xa0;; %1 incidents rattachés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Storms: list the stored ones, or detect events in the incident history.</source>
        <translation>Tempêtes&#xa0;: lister celles enregistrées ou détecter des épisodes dans l&apos;historique des incidents.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>detect: find storm events in the incidents; list: the stored storms and their codes.</source>
        <translation>detect&#xa0;: trouver des épisodes de tempête dans les incidents&#xa0;; list&#xa0;: les tempêtes enregistrées et leurs codes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the events as storms of kind &apos;other&apos; and link their incidents.</source>
        <translation>Enregistrer les épisodes comme tempêtes de type «&#xa0;other&#xa0;» et y rattacher leurs incidents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone whose days are counted (default UTC).</source>
        <translation>Fuseau horaire dans lequel les jours sont comptés (par défaut&#xa0;: UTC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Robust z-score a storm day reaches (default 6).</source>
        <translation>Score z robuste atteint par un jour de tempête (par défaut&#xa0;: 6).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z</source>
        <translation>z</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::WindfieldCommand</name>
    <message>
        <location filename="../app/cli/windfieldcommand.cpp" line="+47"/>
        <source>%1 has no forecast track; import an ATCF a-deck</source>
        <translation>%1 n&apos;a pas de trajectoire prévue&#xa0;; importez un a-deck ATCF</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  %1 kt: %2 radii, mean absolute error %3 n mi, bias %4 n mi
</source>
        <translation>  %1 kt&#xa0;: %2 rayons, erreur absolue moyenne %3 NM, biais %4 NM
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name the storm: windfield --storm ID (its ATCF id or name).</source>
        <translation>Nommez la tempête&#xa0;: windfield --storm ID (son id ATCF ou son nom).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Storing failed: %1</source>
        <translation>Échec de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forecast issued %1</source>
        <translation>prévision émise %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best track</source>
        <translation>trajectoire observée</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 %2, %3: %4 fixes (%5 fitted to their wind radii), %6 hours from %7, every %8 min; %9 ms.</source>
        <translation>%1 %2, %3&#xa0;: %4 positions (%5 ajustées à leurs rayons de vent), %6 heures depuis %7, toutes les %8 min&#xa0;; %9 ms.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n territory(ies) with a peak gust of at least 10 m/s (gust = %1 x sustained):</source>
        <translation>
            <numerusform>%n territoire avec une rafale maximale d&apos;au moins 10 m/s (rafale = %1 x soutenu)&#xa0;:</numerusform>
            <numerusform>%n territoires avec une rafale maximale d&apos;au moins 10 m/s (rafale = %1 x soutenu)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code        peak wind m/s  peak gust m/s  h gust&gt;=20  h &gt;=34kt  h &gt;=64kt</source>
        <translation>code        vent max m/s   rafale max m/s h raf&gt;=20   h &gt;=34kt  h &gt;=64kt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Modelled against the track&apos;s wind radii, fitted:</source>
        <translation>Modèle face aux rayons de vent de la trajectoire, ajusté&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empirical RMW and B alone:</source>
        <translation>RMW et B empiriques seuls&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored %1 hourly weather rows for %2 territories as source %3.</source>
        <translation>%1 lignes de météo horaire enregistrées pour %2 territoires comme source %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stored: rerun with --store to write these winds as the storm&apos;s hourly weather (source %1).</source>
        <translation>Non enregistré&#xa0;: relancez avec --store pour écrire ces vents comme météo horaire de la tempête (source %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wind field of a tropical storm&apos;s track per territory; --store writes it as weather.</source>
        <translation>Champ de vent de la trajectoire d&apos;une tempête tropicale par territoire&#xa0;; --store l&apos;écrit comme météo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The storm: ATCF id (AL092024) or name.</source>
        <translation>La tempête&#xa0;: id ATCF (AL092024) ou nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A forecast track: its issue time (ISO 8601) or &apos;latest&apos;. Default: the best track.</source>
        <translation>Une trajectoire prévue&#xa0;: son heure d&apos;émission (ISO 8601) ou &apos;latest&apos;. Par défaut&#xa0;: la trajectoire observée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the field as the storm&apos;s hourly weather (replacing what this track wrote before).</source>
        <translation>Écrire le champ comme météo horaire de la tempête (en remplaçant ce que cette trajectoire a écrit avant).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not fit RMW and B to the track&apos;s wind radii.</source>
        <translation>Ne pas ajuster RMW et B aux rayons de vent de la trajectoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the modelled 34/50/64-kt radii with the track&apos;s.</source>
        <translation>Comparer les rayons modélisés de 34/50/64 kt à ceux de la trajectoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ZonalOptions</name>
    <message>
        <location filename="../app/cli/zonaloptions.cpp" line="+20"/>
        <source>The band to read (default 1).</source>
        <translation>La bande à lire (par défaut&#xa0;: 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How boundary pixels count: exact (the share of the pixel inside, default) or centre.</source>
        <translation>Prise en compte des pixels en bordure&#xa0;: exact (la part du pixel à l&apos;intérieur, par défaut) ou centre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source recorded with the figures (default: the file name).</source>
        <translation>Source enregistrée avec les valeurs (par défaut&#xa0;: le nom du fichier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--band &apos;%1&apos; is not a band number</source>
        <translation>--band «&#xa0;%1&#xa0;» n&apos;est pas un numéro de bande</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--weighting &apos;%1&apos;: use exact or centre</source>
        <translation>--weighting «&#xa0;%1&#xa0;»&#xa0;: utilisez exact ou centre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 &apos;%2&apos; is not a number</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>stormcrew::crews::CrewPlanRepository</name>
    <message>
        <location filename="../model/crews/crewplanrepository.cpp" line="+172"/>
        <source>has no territories to plan crews for; import territories first</source>
        <translation>ne contient aucun territoire pour lequel planifier des équipes&#xa0;; importez d’abord les territoires</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is open read-only; saving a crew plan needs write access</source>
        <translation>est ouvert en lecture seule&#xa0;; enregistrer un plan d’équipes exige l’accès en écriture</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>crew plan %1 for prediction run %2: %3 own and %4 mutual-aid crews</source>
        <translation>plan d’équipes %1 pour l’exécution de prévision %2&#xa0;: %3 équipes propres et %4 d’aide mutuelle</translation>
    </message>
</context>
<context>
    <name>stormcrew::crews::CrewPlanner</name>
    <message>
        <location filename="../model/crews/crewplanner.cpp" line="+37"/>
        <source>Own crews</source>
        <translation>Équipes propres</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>simulations must be between 1 and 1,000,000, not %1</source>
        <translation>le nombre de simulations doit être compris entre 1 et 1&#xa0;000&#xa0;000, pas %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the restoration target needs a share above 0 % and at most 100 %, within a positive number of hours</source>
        <translation>l’objectif de rétablissement exige une part supérieure à 0 % et d’au plus 100 %, en un nombre d’heures positif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the planning horizon must cover the target hours and be at most a year</source>
        <translation>l’horizon de planification doit couvrir les heures de l’objectif et ne pas dépasser un an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outage distribution has no draws or the wrong number of values</source>
        <translation>la distribution des pannes n’a aucun tirage ou un nombre de valeurs erroné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the outage distribution has territory %1, which the store does not describe (customers, depot)</source>
        <translation>la distribution des pannes contient le territoire %1, que le magasin ne décrit pas (clients, dépôt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the outage distribution gives territory %1 %2 outages in draw %3: a draw must be a number of outages from 0 to 2,147,483,647</source>
        <translation>la distribution des pannes donne au territoire %1 %2 pannes dans le tirage %3&#xa0;: un tirage doit être un nombre de pannes de 0 à 2&#xa0;147&#xa0;483&#xa0;647</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>territory %1 would have more than 2,147,483,647 outages over %2 simulated storms, more than the planner can hold: plan with fewer simulations</source>
        <translation>le territoire %1 aurait plus de 2&#xa0;147&#xa0;483&#xa0;647 pannes sur %2 tempêtes simulées, plus que le planificateur ne peut en traiter&#xa0;: planifiez avec moins de simulations</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>crews are given for %1 territories, the plan has %2</source>
        <translation>des équipes sont données pour %1 territoires, le plan en a %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>crews are given for %1 sources, the plan has %2</source>
        <translation>des équipes sont données pour %1 sources, le plan en a %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there is no territory %1 in the plan</source>
        <translation>il n’y a pas de territoire %1 dans le plan</translation>
    </message>
    <message numerus="yes">
        <location line="+180"/>
        <source>Request %n crew(s) from %1 now: they arrive %2 h after the all-clear.</source>
        <translation>
            <numerusform>Demandez maintenant %n équipe à %1&#xa0;: elle arrive %2 h après la fin de la tempête.</numerusform>
            <numerusform>Demandez maintenant %n équipes à %1&#xa0;: elles arrivent %2 h après la fin de la tempête.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Request %n crew(s) from %1 by %2 (lead time %3 h).</source>
        <translation>
            <numerusform>Demandez %n équipe à %1 avant %2 (délai d’arrivée %3 h).</numerusform>
            <numerusform>Demandez %n équipes à %1 avant %2 (délai d’arrivée %3 h).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % of customers within %2 h, %3</source>
        <translation>%1 % des clients en %2 h, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The target (%1) cannot be met in %n territory(ies) with the crews that can arrive in time: %2.</source>
        <translation>
            <numerusform>L’objectif (%1) ne peut pas être tenu dans %n territoire avec les équipes qui peuvent arriver à temps&#xa0;: %2.</numerusform>
            <numerusform>L’objectif (%1) ne peut pas être tenu dans %n territoires avec les équipes qui peuvent arriver à temps&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rather than meet it in some territories at the others&apos; expense, the crews go first where they save the most customer-hours for their cost, and those left over then meet the target where they can.</source>
        <translation>Plutôt que de le tenir dans certains territoires aux dépens des autres, les équipes vont d’abord là où elles épargnent le plus de clients-heures pour leur coût, et celles qui restent servent ensuite l’objectif là où elles le peuvent.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n territory(ies) would meet it with more crews arriving as early.</source>
        <translation>
            <numerusform>%n territoire le tiendrait avec plus d’équipes arrivant aussi tôt.</numerusform>
            <numerusform>%n territoires le tiendraient avec plus d’équipes arrivant aussi tôt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::crews::HistoryReplay</name>
    <message>
        <location filename="../model/crews/historyreplay.cpp" line="+55"/>
        <source>needs the columns first_seen_utc and last_seen_utc</source>
        <translation>nécessite les colonnes first_seen_utc et last_seen_utc</translation>
    </message>
</context>
<context>
    <name>stormcrew::crews::PlanSettingsParser</name>
    <message>
        <location filename="../model/crews/plansettings.cpp" line="+56"/>
        <source>--target %1: expected PERCENT@HOURS such as 95@48</source>
        <translation>--target %1&#xa0;: POURCENTAGE@HEURES attendu, par exemple 95@48</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--target %1: the percentage must be above 0 and at most 100</source>
        <translation>--target %1&#xa0;: le pourcentage doit être supérieur à 0 et d’au plus 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--target %1: the hours must be above 0</source>
        <translation>--target %1&#xa0;: les heures doivent être supérieures à 0</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--risk %1: expected p50, p80 or p90</source>
        <translation>--risk %1&#xa0;: p50, p80 ou p90 attendu</translation>
    </message>
</context>
<context>
    <name>stormcrew::demo::DemoBuilder</name>
    <message>
        <location filename="../model/demo/demobuilder.cpp" line="+106"/>
        <source>the demo file did not import cleanly:
%1</source>
        <translation>le fichier de la démonstration ne s&apos;est pas importé sans rejet&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a store already exists here; give --force to replace it with the demo (everything in it will be lost)</source>
        <translation>un magasin existe déjà ici&#xa0;; ajoutez --force pour le remplacer par la démonstration (tout son contenu sera perdu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the forecast cannot be issued before %1, when the demo history ends</source>
        <translation>la prévision ne peut pas être émise avant le %1, où s&apos;achève l&apos;historique de la démonstration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder for the store cannot be created</source>
        <translation>le dossier du magasin ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no temporary folder for the demo files: %1</source>
        <translation>aucun dossier temporaire pour les fichiers de la démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder for the demo files cannot be created</source>
        <translation>le dossier des fichiers de la démonstration ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the demo was cancelled; no store was written</source>
        <translation>la démonstration a été annulée&#xa0;; aucun magasin n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drawing the utility&apos;s territories and assets</source>
        <translation>Tirage des territoires et des équipements du distributeur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drawing the tree canopy raster</source>
        <translation>Tirage du raster de couvert arboré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing territories, depots, assets and canopy</source>
        <translation>Import des territoires, des dépôts, des équipements et du couvert arboré</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the canopy raster left territory %1 without a canopy fraction</source>
        <translation>le raster de couvert arboré a laissé le territoire %1 sans fraction de couvert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing the storm history and its weather</source>
        <translation>Tirage de l&apos;historique des tempêtes et de leur météo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing the outages of every storm</source>
        <translation>Tirage des pannes de chaque tempête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing the past storms&apos; forecasts as they were issued</source>
        <translation>Tirage des prévisions des tempêtes passées telles qu&apos;elles ont été émises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing the incoming storm&apos;s forecast</source>
        <translation>Tirage de la prévision de la tempête à venir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the weather, storm and incident files</source>
        <translation>Écriture des fichiers de météo, de tempêtes et d&apos;incidents</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Importing the hourly weather of the storms</source>
        <translation>Import de la météo horaire des tempêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the daily weather</source>
        <translation>Import de la météo journalière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing the past storms&apos; forecasts as they were issued</source>
        <translation>Import des prévisions des tempêtes passées telles qu&apos;elles ont été émises</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing the outage incidents and the storms</source>
        <translation>Import des incidents de panne et des tempêtes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing the forecast grids</source>
        <translation>Import des grilles de prévision</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recording storm outcomes and crews</source>
        <translation>Enregistrement des bilans des tempêtes et des équipes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>demo store, seed %1, forecast issued %2</source>
        <translation>magasin de démonstration, graine %1, prévision émise le %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Training the first outage model</source>
        <translation>Entraînement du premier modèle de pannes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the first model could not be trained: %1</source>
        <translation>le premier modèle n&apos;a pas pu être entraîné&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Putting the store in place</source>
        <translation>Mise en place du magasin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the finished store cannot be moved into place from %1</source>
        <translation>le magasin terminé ne peut pas être mis en place depuis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo store is ready</source>
        <translation>Le magasin de démonstration est prêt</translation>
    </message>
</context>
<context>
    <name>stormcrew::demo::DemoCsvFiles</name>
    <message>
        <location filename="../model/demo/democsvfiles.cpp" line="+87"/>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::demo::DemoGdalFiles</name>
    <message>
        <location filename="../model/demo/demogdalfiles.cpp" line="+97"/>
        <source>the demo&apos;s county boundaries are missing from this build</source>
        <translation>les limites des comtés de la démonstration manquent dans cette version</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no &apos;fips&apos; and &apos;name&apos; fields</source>
        <translation>n&apos;a pas les champs &apos;fips&apos; et &apos;name&apos;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this GDAL has no GeoPackage driver</source>
        <translation>ce GDAL n&apos;a pas de pilote GeoPackage</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <source>cannot be created</source>
        <translation>ne peut pas être créé</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>cannot hold a territories layer</source>
        <translation>ne peut pas contenir de couche de territoires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot hold the field %1</source>
        <translation>ne peut pas contenir le champ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location line="+50"/>
        <source>cannot be written</source>
        <translation>ne peut pas être écrit</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>cannot hold territory %1</source>
        <translation>ne peut pas contenir le territoire %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a CRS GDAL knows</source>
        <translation>%1 n&apos;est pas un SCR connu de GDAL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot project the counties&apos; bounds into %1</source>
        <translation>impossible de projeter les limites des comtés dans %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot be georeferenced</source>
        <translation>ne peut pas être géoréférencé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this GDAL cannot write GRIB2</source>
        <translation>ce GDAL ne sait pas écrire le GRIB2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+20"/>
        <source>cannot be staged in memory</source>
        <translation>ne peut pas être préparé en mémoire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot be written as GRIB2</source>
        <translation>ne peut pas être écrit en GRIB2</translation>
    </message>
</context>
<context>
    <name>stormcrew::demo::DemoStoreWriter</name>
    <message>
        <location filename="../model/demo/demostorewriter.cpp" line="+63"/>
        <source>%1 depots and %2 crew pools of the demo utility</source>
        <translation>%1 dépôts et %2 réserves d&apos;équipes du distributeur de démonstration</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>storm %1 or territory %2 is missing from the store</source>
        <translation>la tempête %1 ou le territoire %2 manque dans le magasin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 storm outcomes of the demo history</source>
        <translation>%1 bilans de tempêtes de l&apos;historique de démonstration</translation>
    </message>
</context>
<context>
    <name>stormcrew::hurricane::TrackRepository</name>
    <message>
        <location filename="../model/hurricane/trackrepository.cpp" line="+76"/>
        <source>holds no tropical storm; import a track first (stormcrew-cli import track FILE)</source>
        <translation>ne contient aucune tempête tropicale&#xa0;; importez d&apos;abord une trajectoire (stormcrew-cli import track FICHIER)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds no tropical storm &apos;%1&apos;; it holds: %2</source>
        <translation>ne contient pas la tempête tropicale &apos;%1&apos;&#xa0;; il contient&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>has no forecast track of %1 issued at that time</source>
        <translation>n&apos;a pas de trajectoire prévue de %1 émise à cette heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no best track of %1; import one, or name a forecast with --issued</source>
        <translation>n&apos;a pas la trajectoire observée de %1&#xa0;; importez-en une, ou désignez une prévision avec --issued</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>territory %1 has a geometry that cannot be read</source>
        <translation>le territoire %1 a une géométrie illisible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>territory %1 has no centroid</source>
        <translation>le territoire %1 n&apos;a pas de centroïde</translation>
    </message>
</context>
<context>
    <name>stormcrew::hurricane::WindFieldWriter</name>
    <message>
        <location filename="../model/hurricane/windfieldwriter.cpp" line="+20"/>
        <source>is open read-only; storing a wind field needs write access</source>
        <translation>est ouvert en lecture seule&#xa0;; enregistrer un champ de vent demande un accès en écriture</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2 rows for %3 territories</source>
        <translation>%1&#xa0;: %2 lignes pour %3 territoires</translation>
    </message>
</context>
<context>
    <name>stormcrew::map::FeatureLoader</name>
    <message>
        <location filename="../ui/map/featureloader.cpp" line="+42"/>
        <source>territory %1 (%2) has an outline the map cannot read: %3</source>
        <translation>le contour du territoire %1 (%2) est illisible pour la carte&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be opened as a vector file: %1</source>
        <translation>ne peut pas être ouvert comme fichier vectoriel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::map::RasterSource</name>
    <message>
        <location filename="../ui/map/rastersource.cpp" line="+39"/>
        <source>does not exist; choose the basemap or overlay file again</source>
        <translation>n’existe pas&#xa0;; choisissez de nouveau le fichier du fond de carte ou de la surcouche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a raster GDAL can read; choose a GeoTIFF, MBTiles or GeoPackage file</source>
        <translation>n’est pas un raster lisible par GDAL&#xa0;; choisissez un fichier GeoTIFF, MBTiles ou GeoPackage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a raster GDAL can read (%1); choose a GeoTIFF, MBTiles or GeoPackage file</source>
        <translation>n’est pas un raster lisible par GDAL (%1)&#xa0;; choisissez un fichier GeoTIFF, MBTiles ou GeoPackage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no georeferencing (no coordinate system or no geotransform); georeference it, e.g. with gdal_translate -a_srs and -a_ullr, and choose it again</source>
        <translation>n’est pas géoréférencé (pas de système de coordonnées ou pas de géotransformation)&#xa0;; géoréférencez-le, par exemple avec gdal_translate -a_srs et -a_ullr, puis choisissez-le de nouveau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is empty or has no coordinate system; import the forecast file again</source>
        <translation>est vide ou sans système de coordonnées&#xa0;; importez de nouveau le fichier de prévision</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>cannot be held in memory (%1)</source>
        <translation>ne peut pas être gardée en mémoire (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot be reprojected to Web Mercator (%1)</source>
        <translation>ne peut pas être reprojeté en Web Mercator (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no raster bands</source>
        <translation>n’a aucune bande raster</translation>
    </message>
</context>
<context>
    <name>stormcrew::map::TerritoryMap</name>
    <message>
        <location filename="../ui/map/territorymap.cpp" line="+317"/>
        <source>%1 km (%2 mi)</source>
        <translation>%1&#xa0;km (%2&#xa0;mi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m (%2 mi)</source>
        <translation>%1&#xa0;m (%2&#xa0;mi)</translation>
    </message>
</context>
<context>
    <name>stormcrew::map::TrackLayer</name>
    <message>
        <location filename="../ui/map/tracklayer.cpp" line="+89"/>
        <source>%1 (%2), forecast</source>
        <translation>%1 (%2), prévision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2), best track</source>
        <translation>%1 (%2), trajectoire observée</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::HindsightSimulator</name>
    <message>
        <location filename="../model/replay/hindsight.cpp" line="+73"/>
        <source>%1 of the %2 crews deployed exceed what the store&apos;s crew sources hold; they are counted as own crews</source>
        <translation>%1 des&#xa0;%2 équipes déployées dépassent ce que contiennent les sources d&apos;équipes du magasin&#xa0;; elles sont comptées comme équipes propres</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the store records no crews deployed for this storm: the deployed crews&apos; simulation has no crews</source>
        <translation>le magasin n&apos;enregistre aucune équipe déployée pour cette tempête&#xa0;: la simulation des équipes déployées n&apos;a aucune équipe</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::PdfCanvas</name>
    <message>
        <location filename="../model/replay/pdfcanvas.cpp" line="+39"/>
        <location line="+30"/>
        <location line="+8"/>
        <source>cannot write the report: %1</source>
        <translation>impossible d’écrire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot draw the report: %1</source>
        <translation>impossible de dessiner le rapport&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::ReplayExport</name>
    <message>
        <location filename="../model/replay/replayexport.cpp" line="+86"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+118"/>
        <source># Storm replay: %1</source>
        <translation># Rejeu de tempête&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2), %3 to %4 UTC. First outage %5.</source>
        <translation>%1 (%2), de&#xa0;%3 à&#xa0;%4 UTC. Première panne&#xa0;%5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replayed as of %1, %2 h before the first outage, with model %3 (v%4); only forecasts issued and observations ended by then were read.</source>
        <translation>Rejouée en date du&#xa0;%1,&#xa0;%2 h avant la première panne, avec le modèle&#xa0;%3 (v%4)&#xa0;; seules les prévisions émises et les observations terminées à ce moment-là ont été lues.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Newest forecast read: issued %1.</source>
        <translation>Prévision la plus récente lue&#xa0;: émise le&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted against actual</source>
        <translation>Prévu face au réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| outages | expected | P10 | P50 | P90 | actual |</source>
        <translation>| pannes | attendues | P10 | P50 | P90 | réelles |</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all territories</source>
        <translation>tous les territoires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over %1 territories: MAE %2, RMSE %3, error of the total %4 %, Spearman %5, P10-P90 coverage %6 % (50 %: %7 %, 90 %: %8 %), mean log score %9.</source>
        <translation>Sur&#xa0;%1 territoires&#xa0;: MAE&#xa0;%2, RMSE&#xa0;%3, erreur du total&#xa0;%4&#xa0;%, Spearman&#xa0;%5, couverture P10-P90&#xa0;%6&#xa0;% (50&#xa0;%&#xa0;:&#xa0;%7&#xa0;%, 90&#xa0;%&#xa0;:&#xa0;%8&#xa0;%), score logarithmique moyen&#xa0;%9.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hindsight</source>
        <translation>Rétrospective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both simulated %1 times against the outages that happened; target %2 % within %3 h at %4. Hours count from the all-clear (the storm&apos;s end).</source>
        <translation>Chacun simulé&#xa0;%1 fois face aux pannes survenues&#xa0;; objectif&#xa0;%2&#xa0;% en&#xa0;%3 h à&#xa0;%4. Les heures comptent depuis la fin de l&apos;alerte (la fin de la tempête).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>| | crews (own + aid) | customer-hours | cost | everyone back P50 | P90 |</source>
        <translation>| | équipes (propres + assistance) | heures-clients | coût | tous rétablis P50 | P90 |</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model&apos;s plan, as planned</source>
        <translation>plan du modèle, tel que planifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model&apos;s plan, dispatched to the outages</source>
        <translation>plan du modèle, réparti selon les pannes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crews deployed</source>
        <translation>équipes déployées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded: %1 customer-hours.</source>
        <translation>Enregistré&#xa0;:&#xa0;%1 heures-clients.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| territory | expected | P10 | P90 | actual | error | in interval |</source>
        <translation>| territoire | attendues | P10 | P90 | réelles | erreur | dans l&apos;intervalle |</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no prediction</source>
        <translation>aucune prévision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unknown report type &apos;.%1&apos;: name the file .pdf, .md or .csv</source>
        <translation>type de rapport inconnu «&#xa0;.%1&#xa0;»&#xa0;: nommez le fichier .pdf, .md ou .csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the report: %1</source>
        <translation>impossible d&apos;écrire le rapport&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::ReviewPdf</name>
    <message>
        <location filename="../model/replay/reviewpdf.cpp" line="+48"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+313"/>
        <source>Storm review: %1</source>
        <translation>Revue de la tempête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>%1 (%2), %3 to %4; first outage %5</source>
        <translation>%1 (%2), du %3 au %4&#xa0;; première panne %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replayed as of %1, %2 h before the first outage, with model %3 (version %4); only forecasts issued and observations ended by then were read.</source>
        <translation>Rejouée au %1, %2 h avant la première panne, avec le modèle %3 (version %4)&#xa0;; seules les prévisions émises et les observations terminées à ce moment ont été lues.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Newest forecast read: issued %1.</source>
        <translation>Prévision la plus récente lue&#xa0;: émise le %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted against actual</source>
        <translation>Prévu face au réel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outages, all territories</source>
        <translation>Pannes, tous les territoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <source>expected</source>
        <translation>attendues</translation>
    </message>
    <message>
        <location line="-244"/>
        <location line="+245"/>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+243"/>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+131"/>
        <location line="+101"/>
        <location line="+11"/>
        <source>actual</source>
        <translation>réelles</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Over %1 territories: MAE %2, RMSE %3, error of the total %4 %, Spearman %5, P10-P90 coverage %6 % (50 %: %7 %, 90 %: %8 %), mean log score %9.</source>
        <translation>Sur %1 territoires&#xa0;: MAE %2, RMSE %3, erreur du total %4 %, Spearman %5, couverture P10-P90 %6 % (50 %&#xa0;: %7 %, 90 %&#xa0;: %8 %), score logarithmique moyen %9.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hindsight: the crew plan against what happened</source>
        <translation>Rétrospective&#xa0;: le plan d’équipes face à ce qui s’est produit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each simulated %1 times against the outages that happened; target %2 % of customers within %3 h at %4. Hours count from the all-clear (the storm&apos;s end); ± is one standard error.</source>
        <translation>Chacun simulé %1 fois face aux pannes survenues&#xa0;; objectif %2 % des clients en %3 h à %4. Les heures comptent depuis la fin de l’alerte (la fin de la tempête)&#xa0;; ± est une erreur type.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>crews (own + aid)</source>
        <translation>équipes (propres + assistance)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer-hours</source>
        <translation>heures-clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone back P50</source>
        <translation>tous rétablis P50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P10-P90</source>
        <translation>P10-P90</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model&apos;s plan, as planned</source>
        <translation>Plan du modèle, tel que planifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model&apos;s plan, dispatched to the outages</source>
        <translation>Plan du modèle, réparti selon les pannes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crews actually deployed</source>
        <translation>Équipes réellement déployées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recorded by the utility: %1 customer-hours.</source>
        <translation>Enregistré par le distributeur&#xa0;: %1 heures-clients.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Predicted against actual, the %n territories hit hardest</source>
        <translation>
            <numerusform>Prévu face au réel, le %n territoire le plus touché</numerusform>
            <numerusform>Prévu face au réel, les %n territoires les plus touchés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>outages</source>
        <translation>pannes</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>expected, with P10-P90</source>
        <translation>attendues, avec P10-P90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>actual outside P10-P90</source>
        <translation>réelles hors de P10-P90</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Storm totals over time</source>
        <translation>Totaux de la tempête dans le temps</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+51"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>predicted total, P10-P90</source>
        <translation>total prévu, P10-P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begun so far</source>
        <translation>commencées jusqu’ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still out</source>
        <translation>encore en cours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoration against the plan</source>
        <translation>Rétablissement face au plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of outages restored</source>
        <translation>% des pannes rétablies</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>plan, dispatched: everyone back</source>
        <translation>plan, réparti&#xa0;: tous rétablis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crews deployed</source>
        <translation>équipes déployées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative</source>
        <translation>relative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in P10-P90</source>
        <translation>dans P10-P90</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no prediction</source>
        <translation>pas de prévision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::StormActualsReader</name>
    <message>
        <location filename="../model/replay/stormactuals.cpp" line="+33"/>
        <source>no storm &apos;%1&apos; in this store (neither a code nor an id); `stormcrew-cli storms list` lists them</source>
        <translation>aucune tempête «&#xa0;%1&#xa0;» dans ce magasin (ni code ni identifiant)&#xa0;; `stormcrew-cli storms list` les liste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no storm with id %1 in this store; `stormcrew-cli storms list` lists them</source>
        <translation>aucune tempête d&apos;identifiant&#xa0;%1 dans ce magasin&#xa0;; `stormcrew-cli storms list` les liste</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::StormReplayer</name>
    <message>
        <location filename="../model/replay/stormreplayer.cpp" line="+106"/>
        <source>the lead time must be from 0 to 720 hours, not %1</source>
        <translation>l&apos;anticipation doit être de 0 à 720 heures, pas&#xa0;%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>storm %1 has no recorded outcomes or incidents, so there is nothing to replay it against; import its incidents (`stormcrew-cli import incidents`) or its outcomes first</source>
        <translation>la tempête&#xa0;%1 n&apos;a ni résultats ni incidents enregistrés, il n&apos;y a donc rien à quoi la comparer&#xa0;; importez d&apos;abord ses incidents (`stormcrew-cli import incidents`) ou ses résultats</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The storm has no incidents: the lead time counts back from its start.</source>
        <translation>La tempête n&apos;a pas d&apos;incidents&#xa0;: l&apos;anticipation se compte depuis son début.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No model was active at %1 (the activation history starts later); the model active now is replayed instead.</source>
        <translation>Aucun modèle n&apos;était actif le&#xa0;%1 (l&apos;historique des activations commence plus tard)&#xa0;; le modèle actif aujourd&apos;hui est rejoué à la place.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model %1 was trained after this storm and may have learnt from it: the replay is in-sample for the model, out-of-sample only for the weather.</source>
        <translation>Le modèle&#xa0;%1 a été entraîné après cette tempête et a pu en apprendre&#xa0;: le rejeu est dans l&apos;échantillon pour le modèle, hors échantillon seulement pour la météo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as of %1 (%2 h before the first outage) nothing was known of storm %3&apos;s weather: its first forecast was issued %4; choose a shorter --lead</source>
        <translation>au&#xa0;%1 (%2 h avant la première panne) on ne savait rien de la météo de la tempête&#xa0;%3&#xa0;: sa première prévision a été émise le&#xa0;%4&#xa0;; choisissez un --lead plus court</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>as of %1 (%2 h before the first outage) nothing was known of storm %3&apos;s weather, and the store holds no forecast of it; import its forecasts with their issued_time (docs/ingest-rasters-weather.md)</source>
        <translation>au&#xa0;%1 (%2 h avant la première panne) on ne savait rien de la météo de la tempête&#xa0;%3, et le magasin n&apos;en contient aucune prévision&#xa0;; importez ses prévisions avec leur issued_time (docs/ingest-rasters-weather.md)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unlike the training storms: %1</source>
        <translation>Différente des tempêtes d&apos;entraînement&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no storm in this store has recorded outcomes or incidents; import incidents or outcomes first</source>
        <translation>aucune tempête de ce magasin n&apos;a de résultats ou d&apos;incidents enregistrés&#xa0;; importez d&apos;abord des incidents ou des résultats</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no recorded outcomes or incidents</source>
        <translation>%1&#xa0;: ni résultats ni incidents enregistrés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: nothing known of its weather as of %2</source>
        <translation>%1&#xa0;: rien de connu de sa météo au&#xa0;%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>none of the storms could be replayed %1 h before its first outage: %2</source>
        <translation>aucune des tempêtes n&apos;a pu être rejouée&#xa0;%1 h avant sa première panne&#xa0;:&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>stormcrew::training::TerritoryGroups</name>
    <message>
        <location filename="../model/training/territorygroups.cpp" line="+23"/>
        <source>No depot</source>
        <translation>Sans dépôt</translation>
    </message>
</context>
<context>
    <name>stormcrew::training::TrainingCallRepository</name>
    <message>
        <location filename="../model/training/trainingcalls.cpp" line="+41"/>
        <source>the training tables cannot be created: %1</source>
        <translation>les tables de formation ne peuvent pas être créées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the total</source>
        <translation>le total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crews for %1 must be a number from 0 up, not %2</source>
        <translation>les équipes pour %1 doivent être un nombre à partir de 0, pas %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outages for %1 must be a number from 0 up, not %2</source>
        <translation>les pannes pour %1 doivent être un nombre à partir de 0, pas %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::training::TrainingDiscussion</name>
    <message>
        <location filename="../model/training/trainingdiscussion.cpp" line="+29"/>
        <source>No storm was revealed in this session, so there is nothing to discuss yet.</source>
        <translation>Aucune tempête n&apos;a été révélée dans cette session&#xa0;: rien à discuter pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n storm(s), the trainee was within 20 % of the actual outages on %1 and the model on %2; the trainee was closer on %3, the model on %4.</source>
        <translation>
            <numerusform>Sur %n tempête, le stagiaire était à moins de 20&#xa0;% des pannes réelles sur %1 et le modèle sur %2&#xa0;; le stagiaire était plus proche sur %3, le modèle sur %4.</numerusform>
            <numerusform>Sur %n tempêtes, le stagiaire était à moins de 20&#xa0;% des pannes réelles sur %1 et le modèle sur %2&#xa0;; le stagiaire était plus proche sur %3, le modèle sur %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trainee and the model differed most on %1 (trainee %2, model %3, actual %4), and were equally far off.</source>
        <translation>Le stagiaire et le modèle ont le plus divergé sur %1 (stagiaire %2, modèle %3, réel %4), et se sont trompés autant l&apos;un que l&apos;autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trainee and the model differed most on %1 (trainee %2, model %3, actual %4) and the trainee was closer: what did the trainee see that the model did not?</source>
        <translation>Le stagiaire et le modèle ont le plus divergé sur %1 (stagiaire %2, modèle %3, réel %4) et le stagiaire était plus proche&#xa0;: qu&apos;a vu le stagiaire que le modèle n&apos;a pas vu&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trainee and the model differed most on %1 (trainee %2, model %3, actual %4) and the model was closer: which of its inputs (the what-if explorer shows them) did the call leave out?</source>
        <translation>Le stagiaire et le modèle ont le plus divergé sur %1 (stagiaire %2, modèle %3, réel %4) et le modèle était plus proche&#xa0;: quelles entrées du modèle (l&apos;explorateur d&apos;hypothèses les montre) l&apos;estimation a-t-elle laissées de côté&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The trainee called more outages than happened on %1 of %n storm(s): a cautious lean that costs crews standing by.</source>
        <translation>
            <numerusform>Le stagiaire a annoncé plus de pannes qu&apos;il n&apos;y en a eu sur %1 de %n tempête&#xa0;: une tendance prudente qui coûte des équipes en attente.</numerusform>
            <numerusform>Le stagiaire a annoncé plus de pannes qu&apos;il n&apos;y en a eu sur %1 de %n tempêtes&#xa0;: une tendance prudente qui coûte des équipes en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The trainee called fewer outages than happened on %1 of %n storm(s): a lean that leaves customers waiting for crews.</source>
        <translation>
            <numerusform>Le stagiaire a annoncé moins de pannes qu&apos;il n&apos;y en a eu sur %1 de %n tempête&#xa0;: une tendance qui laisse les clients attendre les équipes.</numerusform>
            <numerusform>Le stagiaire a annoncé moins de pannes qu&apos;il n&apos;y en a eu sur %1 de %n tempêtes&#xa0;: une tendance qui laisse les clients attendre les équipes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The group call furthest off was %1 on %2: %3 called, %4 happened (%5 % off); the model said %6.</source>
        <translation>L&apos;estimation de groupe la plus éloignée était %1 sur %2&#xa0;: %3 annoncées, %4 réelles (%5&#xa0;% d&apos;écart)&#xa0;; le modèle disait %6.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Crews differed most on %1: %2 called, %3 deployed.</source>
        <translation>Les équipes ont le plus différé sur %1&#xa0;: %2 annoncées, %3 déployées.</translation>
    </message>
</context>
<context>
    <name>stormcrew::training::TrainingSandbox</name>
    <message>
        <location filename="../model/training/trainingsandbox.cpp" line="+29"/>
        <source>does not exist; a training session needs the operational store to copy</source>
        <translation>n&apos;existe pas&#xa0;; une session de formation doit copier le magasin opérationnel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be opened read-only for the training copy: %1</source>
        <translation>ne peut pas être ouvert en lecture seule pour la copie de formation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no temporary folder for the training copy: %1; free some space in the temporary folder (TMPDIR)</source>
        <translation>aucun dossier temporaire pour la copie de formation&#xa0;: %1&#xa0;; libérez de la place dans le dossier temporaire (TMPDIR)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot be created for the training copy: %1</source>
        <translation>ne peut pas être créé pour la copie de formation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>cannot be copied for training: %1</source>
        <translation>ne peut pas être copié pour la formation&#xa0;: %1</translation>
    </message>
</context>
</TS>
