<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <translation>interfaz de usuario y servicios básicos</translation>
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
        <translation>lectura de datos vectoriales y ráster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinate transformations</source>
        <translation>transformaciones de coordenadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LGPL 2.1</source>
        <translation>LGPL 2.1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>geometry operations</source>
        <translation>operaciones geométricas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public domain</source>
        <translation>dominio público</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the store</source>
        <translation>el almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPL 2.0</source>
        <translation>MPL 2.0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>model fitting</source>
        <translation>ajuste del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Census Bureau boundaries (via us-atlas)</source>
        <translation>Límites de la Oficina del Censo de EE. UU. (vía us-atlas)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>public domain; ISC</source>
        <translation>dominio público; ISC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state and county outlines</source>
        <translation>contornos de estados y condados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Stormcrew</source>
        <translation>Acerca de Stormcrew</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stormcrew %1</source>
        <translation>Stormcrew %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Predicts outages and the repair crews needed for every service territory before a storm. The model advises; the director decides.</source>
        <translation>Predice las interrupciones y las cuadrillas de reparación necesarias en cada territorio de servicio antes de una tormenta. El modelo aconseja; el director decide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built with</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
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
        <translation>Centro de control</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storm:</source>
        <translation>Tormenta:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No storm in this store</source>
        <translation>No hay tormentas en este almacén</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="+18"/>
        <source>Stormcrew control centre</source>
        <translation>Centro de control Stormcrew</translation>
    </message>
</context>
<context>
    <name>MapRegion</name>
    <message>
        <location filename="../ui/qml/panels/MapRegion.qml" line="+19"/>
        <source>The store could not be opened</source>
        <translation>No se ha podido abrir el almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No territories in this store yet</source>
        <translation>Todavía no hay territorios en este almacén</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n territories</source>
        <translation>
            <numerusform>%n territorio</numerusform>
            <numerusform>%n territorios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import your service territories (GeoPackage, Shapefile, GeoJSON or FlatGeobuf) to see predicted outages on the map.</source>
        <translation>Importe sus territorios de servicio (GeoPackage, Shapefile, GeoJSON o FlatGeobuf) para ver en el mapa las interrupciones previstas.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/qml/panels/SummaryPanel.qml" line="+12"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No storm selected</source>
        <translation>Ninguna tormenta seleccionada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outages (P50)</source>
        <translation>Interrupciones (P50)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P10–P90: –</source>
        <translation>P10–P90: –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews needed</source>
        <translation>Cuadrillas necesarias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on hand: –</source>
        <translation>disponibles: –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual aid</source>
        <translation>Ayuda mutua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>request by: –</source>
        <translation>solicitar antes de: –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoration (P50)</source>
        <translation>Restablecimiento (P50)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P90: –</source>
        <translation>P90: –</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store: %1 (schema %2%3)</source>
        <translation>Almacén: %1 (esquema %2%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, read-only</source>
        <translation>, solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: not open</source>
        <translation>Almacén: no abierto</translation>
    </message>
</context>
<context>
    <name>TerritoryDetailPanel</name>
    <message>
        <location filename="../ui/qml/panels/TerritoryDetailPanel.qml" line="+10"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No territory selected</source>
        <translation>Ningún territorio seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a territory on the map or in the table to see its prediction and why the model expects it.</source>
        <translation>Seleccione un territorio en el mapa o en la tabla para ver su predicción y las razones del modelo.</translation>
    </message>
</context>
<context>
    <name>TerritoryTable</name>
    <message>
        <location filename="../ui/qml/panels/TerritoryTable.qml" line="+12"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outages (P50)</source>
        <translation>Interrupciones (P50)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews</source>
        <translation>Cuadrillas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ETR (P50)</source>
        <translation>ETR (P50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No territories to list</source>
        <translation>No hay territorios que mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories appear here, one row each, once they are imported.</source>
        <translation>Los territorios aparecen aquí, uno por fila, una vez importados.</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../ui/qml/panels/TimelineBar.qml" line="+20"/>
        <source>Play</source>
        <translation>Reproducir</translation>
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
        <translation>Ningún pronóstico cargado</translation>
    </message>
</context>
<context>
    <name>stormcrew::CommandLine</name>
    <message>
        <location filename="../model/engine/commandline.cpp" line="+18"/>
        <source>Store file to open (default: %1).</source>
        <translation>Archivo del almacén que se abrirá (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the store for viewing only.</source>
        <translation>Abrir el almacén solo para consulta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print debug messages.</source>
        <translation>Mostrar los mensajes de depuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the interface: en, es or fr (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz: en, es o fr (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run with --help to see the options.</source>
        <translation>Ejecute con --help para ver las opciones.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--lang %1 is not available; choose one of: %2</source>
        <translation>--lang %1 no está disponible; elija uno de estos: %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::Error</name>
    <message>
        <location filename="../model/domain/error.cpp" line="+12"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+41"/>
        <source>Stormcrew control centre: predicted storm outages and repair crews per service territory.</source>
        <translation>Centro de control Stormcrew: interrupciones previstas por tormentas y cuadrillas de reparación por territorio de servicio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load every QML page and exit; non-zero on any warning.</source>
        <translation>Cargar todas las páginas QML y salir; código distinto de cero ante cualquier advertencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a PNG of the main window and exit.</source>
        <translation>Guardar un PNG de la ventana principal y salir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size for --screenshot (default 1440x900).</source>
        <translation>Tamaño de la ventana para --screenshot (predeterminado: 1440x900).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WxH</source>
        <translation>AnchoxAlto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour theme: light or dark.</source>
        <translation>Tema de colores: light (claro) o dark (oscuro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--size %1 is not of the form WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--size %1 no tiene la forma ANCHOxALTO, p. ej. 1600x1000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--theme %1 is not available; choose light or dark</source>
        <translation>--theme %1 no está disponible; elija light o dark</translation>
    </message>
</context>
<context>
    <name>stormcrew::ImportReport</name>
    <message>
        <location filename="../model/ingest/importreport.cpp" line="+70"/>
        <source>Missing value</source>
        <translation>Falta un valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a number</source>
        <translation>No es un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Physically impossible</source>
        <translation>Físicamente imposible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unparseable or ambiguous time</source>
        <translation>Hora ilegible o ambigua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside every territory</source>
        <translation>Fuera de todo territorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown territory</source>
        <translation>Territorio desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad geometry</source>
        <translation>Geometría no válida</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 import of %2: %3 rows read, %4 accepted, %5 rejected</source>
        <translation>Importación %1 de %2: %3 filas leídas, %4 aceptadas, %5 rechazadas</translation>
    </message>
</context>
<context>
    <name>stormcrew::ImportTransaction</name>
    <message>
        <location filename="../model/ingest/importtransaction.cpp" line="+24"/>
        <source>is open read-only; imports need write access</source>
        <translation>está abierto en solo lectura; las importaciones necesitan acceso de escritura</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the import transaction is not open</source>
        <translation>la transacción de importación no está abierta</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) rejected, nothing imported; fix the input or use --keep-going</source>
        <translation>
            <numerusform>%n fila rechazada, no se importó nada; corrija la entrada o use --keep-going</numerusform>
            <numerusform>%n filas rechazadas, no se importó nada; corrija la entrada o use --keep-going</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no row could be imported</source>
        <translation>no se pudo importar ninguna fila</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 accepted, %3 rejected</source>
        <translation>%1: %2 aceptadas, %3 rechazadas</translation>
    </message>
</context>
<context>
    <name>stormcrew::Store</name>
    <message>
        <location filename="../model/store/store.cpp" line="+64"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is an empty file, not a Stormcrew store; remove it or choose another path</source>
        <translation>es un archivo vacío, no un almacén de Stormcrew; elimínelo o elija otra ruta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a Stormcrew store (not an SQLite database); choose the store file or a new path</source>
        <translation>no es un almacén de Stormcrew (no es una base de datos SQLite); elija el archivo del almacén o una ruta nueva</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+83"/>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>is damaged and cannot be read (%1); restore it from a backup</source>
        <translation>está dañado y no se puede leer (%1); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>failed its integrity check (%1); restore it from a backup</source>
        <translation>no ha superado la comprobación de integridad (%1); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is an SQLite database of another program, not a Stormcrew store; choose the store file or a new path</source>
        <translation>es una base de datos SQLite de otro programa, no un almacén de Stormcrew; elija el archivo del almacén o una ruta nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has schema version %1, newer than this Stormcrew understands (%2); update Stormcrew</source>
        <translation>tiene la versión de esquema %1, más reciente que la que entiende este Stormcrew (%2); actualice Stormcrew</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is a folder; give the path of a store file</source>
        <translation>es una carpeta; indique la ruta de un archivo de almacén</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not exist; a read-only store must already exist</source>
        <translation>no existe; un almacén de solo lectura debe existir previamente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has schema version %1 and needs upgrading to %2; open it once without --read-only</source>
        <translation>tiene la versión de esquema %1 y hay que actualizarlo a la %2; ábralo una vez sin --read-only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>migration %1 is missing from this build</source>
        <translation>falta la migración %1 en esta compilación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>migration to schema %1 failed: %2</source>
        <translation>la migración al esquema %1 ha fallado: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>cannot be created for the backup: %1</source>
        <translation>no se puede crear para la copia de seguridad: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>backup failed: %1</source>
        <translation>la copia de seguridad ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+39"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stormcrew, headless: storm outage prediction and crew planning for scheduled runs.</source>
        <translation>Stormcrew sin interfaz gráfica: predicción de interrupciones por tormentas y planificación de cuadrillas para ejecuciones programadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>command [options]</source>
        <translation>comando [opciones]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a command.</source>
        <translation>Indique un comando.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+51"/>
        <source>Usage: stormcrew-cli import KIND FILE [options]</source>
        <translation>Uso: stormcrew-cli import TIPO ARCHIVO [opciones]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds:</source>
        <translation>Tipos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An import changes the store; run it without --read-only.</source>
        <translation>Una importación modifica el almacén; ejecútela sin --read-only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import failed: %1</source>
        <translation>La importación falló: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import a file into the store, all or nothing: import KIND FILE.</source>
        <translation>Importa un archivo al almacén, todo o nada: import TIPO ARCHIVO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the file holds:</source>
        <translation>Qué contiene el archivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to import.</source>
        <translation>El archivo que se importa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the good rows and report the rejected ones (default: any reject imports nothing).</source>
        <translation>Conserva las filas correctas e informa de las rechazadas (por defecto: cualquier rechazo no importa nada).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report as JSON.</source>
        <translation>Imprime el informe en JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::InfoCommand</name>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="+24"/>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Store:          %1</source>
        <translation>Almacén:             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access:         %1</source>
        <translation>Acceso:              %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-write</source>
        <translation>lectura y escritura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: %2 rows</source>
        <translation>  %1: %2 filas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the store: location, schema version and what it holds (creates an empty store when none exists).</source>
        <translation>Mostrar el almacén: ubicación, versión del esquema y contenido (crea un almacén vacío si no existe ninguno).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
</context>
</TS>
