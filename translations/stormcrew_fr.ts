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
