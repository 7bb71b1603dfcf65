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
        <location line="+11"/>
        <source>Stormcrew %1</source>
        <translation>Stormcrew %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Predicts outages and the repair crews needed for every service territory before a storm. The model advises; the director decides.</source>
        <translation>Prédit les pannes et les équipes de réparation nécessaires pour chaque territoire de desserte avant une tempête. Le modèle conseille&#xa0;; le directeur décide.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../ui/qml/AppToolBar.qml" line="+26"/>
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
        <location line="+11"/>
        <source>No storm in this store</source>
        <translation>Aucune tempête dans ce magasin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="+18"/>
        <source>Stormcrew control centre</source>
        <translation>Centre de contrôle Stormcrew</translation>
    </message>
</context>
<context>
    <name>MapRegion</name>
    <message>
        <location filename="../ui/qml/panels/MapRegion.qml" line="+19"/>
        <source>The store could not be opened</source>
        <translation>Le magasin n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No territories in this store yet</source>
        <translation>Aucun territoire dans ce magasin pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n territories</source>
        <translation>
            <numerusform>%n territoire</numerusform>
            <numerusform>%n territoires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import your service territories (GeoPackage, Shapefile, GeoJSON or FlatGeobuf) to see predicted outages on the map.</source>
        <translation>Importez vos territoires de desserte (GeoPackage, Shapefile, GeoJSON ou FlatGeobuf) pour voir les pannes prédites sur la carte.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/qml/panels/SummaryPanel.qml" line="+12"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No storm selected</source>
        <translation>Aucune tempête sélectionnée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outages (P50)</source>
        <translation>Pannes (P50)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P10–P90: –</source>
        <translation>P10–P90&#xa0;: –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews needed</source>
        <translation>Équipes nécessaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on hand: –</source>
        <translation>disponibles&#xa0;: –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual aid</source>
        <translation>Aide mutuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>request by: –</source>
        <translation>à demander avant&#xa0;: –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoration (P50)</source>
        <translation>Rétablissement (P50)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P90: –</source>
        <translation>P90&#xa0;: –</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>TerritoryDetailPanel</name>
    <message>
        <location filename="../ui/qml/panels/TerritoryDetailPanel.qml" line="+10"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No territory selected</source>
        <translation>Aucun territoire sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a territory on the map or in the table to see its prediction and why the model expects it.</source>
        <translation>Sélectionnez un territoire sur la carte ou dans le tableau pour voir sa prédiction et les raisons qu&apos;en donne le modèle.</translation>
    </message>
</context>
<context>
    <name>TerritoryTable</name>
    <message>
        <location filename="../ui/qml/panels/TerritoryTable.qml" line="+12"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outages (P50)</source>
        <translation>Pannes (P50)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ETR (P50)</source>
        <translation>ETR (P50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No territories to list</source>
        <translation>Aucun territoire à afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories appear here, one row each, once they are imported.</source>
        <translation>Les territoires apparaissent ici, un par ligne, une fois importés.</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../ui/qml/panels/TimelineBar.qml" line="+20"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>T+%1 h</source>
        <translation>T+%1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No forecast loaded</source>
        <translation>Aucune prévision chargée</translation>
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
        <location filename="../model/stats/crossvalidation.cpp" line="+55"/>
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
    <name>stormcrew::Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+41"/>
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
        <location line="+12"/>
        <source>--size %1 is not of the form WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--size %1 n&apos;est pas de la forme LARGEURxHAUTEUR, p. ex. 1600x1000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--theme %1 is not available; choose light or dark</source>
        <translation>--theme %1 n&apos;est pas disponible&#xa0;; choisissez light ou dark</translation>
    </message>
</context>
<context>
    <name>stormcrew::ImportReport</name>
    <message>
        <location filename="../model/ingest/importreport.cpp" line="+70"/>
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
        <location line="+22"/>
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
        <location line="+24"/>
        <source>%1: %2 accepted, %3 rejected</source>
        <translation>%1&#xa0;: %2 acceptées, %3 rejetées</translation>
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
    <name>stormcrew::Pooling</name>
    <message>
        <location filename="../model/stats/pooling.cpp" line="+246"/>
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
    <name>stormcrew::Store</name>
    <message>
        <location filename="../model/store/store.cpp" line="+64"/>
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
        <location line="+14"/>
        <location line="+83"/>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>is damaged and cannot be read (%1); restore it from a backup</source>
        <translation>est endommagé et illisible (%1)&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed its integrity check (%1); restore it from a backup</source>
        <translation>a échoué à la vérification d&apos;intégrité (%1)&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+75"/>
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
    <name>stormcrew::cli::Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+39"/>
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
    <name>stormcrew::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+51"/>
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
        <location line="+15"/>
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
</TS>
