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
    <name>stormcrew::CrossValidator</name>
    <message>
        <location filename="../model/stats/crossvalidation.cpp" line="+55"/>
        <source>cross-validation needs two folds or more; the fold column has %1</source>
        <translation>la validación cruzada necesita dos particiones o más; la columna de particiones tiene %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fold %1: %2</source>
        <translation>partición %1: %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::CsvTable</name>
    <message>
        <location filename="../model/stats/csvtable.cpp" line="+86"/>
        <source>a quoted field opened here is never closed</source>
        <translation>un campo entre comillas abierto aquí nunca se cierra</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected text after a closing quote</source>
        <translation>texto inesperado tras unas comillas de cierre</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is empty; expected a header line naming the columns</source>
        <translation>el archivo está vacío; se esperaba una línea de encabezado con los nombres de las columnas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the header names column &apos;%1&apos; twice</source>
        <translation>el encabezado nombra dos veces la columna &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the row has %1 fields where the header names %2</source>
        <translation>la fila tiene %1 campos donde el encabezado nombra %2</translation>
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
    <name>stormcrew::Glm</name>
    <message>
        <location filename="../model/stats/glm.cpp" line="+253"/>
        <source>the model has no rows or no coefficients</source>
        <translation>el modelo no tiene filas o no tiene coeficientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the response has %1 rows, the design %2</source>
        <translation>la respuesta tiene %1 filas, el diseño %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the offset has %1 rows, the design %2</source>
        <translation>el desplazamiento tiene %1 filas, el diseño %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the ridge penalty must be zero or positive, not %1</source>
        <translation>la penalización ridge debe ser cero o positiva, no %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1: the response must be a count (a whole number, zero or more), not %2</source>
        <translation>fila %1: la respuesta debe ser un conteo (un número entero, cero o mayor), no %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the fit broke down: the weighted design is singular (counts too large, or a predictor that separates zero counts)</source>
        <translation>el ajuste falló: el diseño ponderado es singular (conteos demasiado grandes o un predictor que separa los conteos nulos)</translation>
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
    <name>stormcrew::ModelFrameBuilder</name>
    <message>
        <location filename="../model/stats/designmatrix.cpp" line="+22"/>
        <source>there is no column named &apos;%1&apos;; the columns are: %2</source>
        <translation>no hay ninguna columna llamada &apos;%1&apos;; las columnas son: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the %1 must be numeric, but &apos;%2&apos; is not a number</source>
        <translation>%1 debe ser numérico, pero &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a number (the column holds numbers from line %2 on; list it in --factors if it is really text)</source>
        <translation>&apos;%1&apos; no es un número (la columna contiene números desde la línea %2; inclúyala en --factors si en realidad es texto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the %1 is missing; fit-table drops no rows, fill or remove this one</source>
        <translation>falta %1; fit-table no descarta filas, complete o elimine esta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the table has no rows</source>
        <translation>la tabla no tiene filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>response</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the response is a count and cannot be negative (%1)</source>
        <translation>la respuesta es un conteo y no puede ser negativa (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the response is a count and must be a whole number (%1)</source>
        <translation>la respuesta es un conteo y debe ser un número entero (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give an offset or an exposure, not both</source>
        <translation>indique un desplazamiento o una exposición, no ambos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offset</source>
        <translation>el desplazamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exposure</source>
        <translation>la exposición</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the exposure must be positive to take its log (%1)</source>
        <translation>la exposición debe ser positiva para tomar su logaritmo (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the response &apos;%1&apos; cannot also be a predictor</source>
        <translation>la respuesta &apos;%1&apos; no puede ser también un predictor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>value</source>
        <translation>el valor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the value is missing; fit-table drops no rows, fill or remove this one</source>
        <translation>falta el valor; fit-table no descarta filas, complete o elimine esta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column holds one value only (&apos;%1&apos;); a factor needs two or more</source>
        <translation>la columna tiene un solo valor (&apos;%1&apos;); un factor necesita dos o más</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model has no coefficients: give predictors or keep the intercept</source>
        <translation>el modelo no tiene coeficientes: indique predictores o conserve el intercepto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the group is missing</source>
        <translation>falta el grupo</translation>
    </message>
</context>
<context>
    <name>stormcrew::Pooling</name>
    <message>
        <location filename="../model/stats/pooling.cpp" line="+246"/>
        <source>the grouping has %1 rows, the design %2</source>
        <translation>la agrupación tiene %1 filas, el diseño %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a row belongs to no group</source>
        <translation>una fila no pertenece a ningún grupo</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>partial pooling broke down: the joint information is singular</source>
        <translation>el agrupamiento parcial falló: la información conjunta es singular</translation>
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
    <name>stormcrew::cli::FitTableCommand</name>
    <message>
        <location filename="../app/cli/fittablecommand.cpp" line="+77"/>
        <source>coefficient</source>
        <translation>coeficiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>std. error</source>
        <translation>error est.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>z value</source>
        <translation>valor z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>aliased</source>
        <translation>alias</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(%1 of the coefficients not defined because of singularities: the columns before them explain their column)</source>
        <translation>(%1 de los coeficientes no definidos por singularidades: las columnas anteriores explican su columna)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>theta %1 (standard error %2)</source>
        <translation>theta %1 (error estándar %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>log-likelihood %1, deviance %2, AIC %3</source>
        <translation>log-verosimilitud %1, devianza %2, AIC %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>converged in %1 passes over the rows</source>
        <translation>convergió en %1 pasadas por las filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did NOT converge in %1 passes over the rows</source>
        <translation>NO convergió en %1 pasadas por las filas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Partial pooling: %1 intercepts shrunk towards the global model (%2 groups), between-group sd %3 (tau2 %4)</source>
        <translation>Agrupamiento parcial: interceptos por %1 contraídos hacia el modelo global (%2 grupos), desviación entre grupos %3 (tau2 %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coefficients and theta given the group effects (their likelihood and AIC too):</source>
        <translation>Coeficientes y theta dados los efectos de grupo (también su verosimilitud y AIC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Laplace log-likelihood (effects integrated out) %1</source>
        <translation>Log-verosimilitud de Laplace (efectos integrados) %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>effect</source>
        <translation>efecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own weight</source>
        <translation>peso propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cross-validation, leaving out one %1 at a time (%2 folds, %3 rows):</source>
        <translation>Validación cruzada, dejando fuera un valor de %1 cada vez (%2 particiones, %3 filas):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  global model: held-out log score %1 per row, deviance %2 per row</source>
        <translation>  modelo global: puntuación logarítmica fuera de muestra %1 por fila, devianza %2 por fila</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  pooled model: held-out log score %1 per row, deviance %2 per row</source>
        <translation>  modelo agrupado: puntuación logarítmica fuera de muestra %1 por fila, devianza %2 por fila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  The pooled model predicts held-out data better (lower log score).</source>
        <translation>  El modelo agrupado predice mejor los datos fuera de muestra (menor puntuación logarítmica).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  The global model predicts held-out data as well or better (lower log score).</source>
        <translation>  El modelo global predice los datos fuera de muestra igual o mejor (menor puntuación logarítmica).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: stormcrew-cli fit-table FILE.csv --response COLUMN [options]</source>
        <translation>Uso: stormcrew-cli fit-table ARCHIVO.csv --response COLUMNA [opciones]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--family %1 is not known; choose poisson or negbin.</source>
        <translation>--family %1 no existe; elija poisson o negbin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--ridge must be a number, zero or more.</source>
        <translation>--ridge debe ser un número, cero o mayor.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--folds compares the global and the pooled model: give --group too.</source>
        <translation>--folds compara el modelo global y el agrupado: indique también --group.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Poisson GLM (log link) of %1: %2 rows of %3</source>
        <translation>GLM de Poisson (enlace log) de %1: %2 filas de %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative binomial GLM (NB2, log link) of %1: %2 rows of %3</source>
        <translation>GLM binomial negativo (NB2, enlace log) de %1: %2 filas de %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Predictors: %1</source>
        <translation>Predictores: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; offset %1</source>
        <translation>; desplazamiento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; offset log(%1)</source>
        <translation>; desplazamiento log(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; ridge %1</source>
        <translation>; ridge %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fit a count GLM (negative binomial or Poisson) to any CSV table.</source>
        <translation>Ajusta un GLM de conteos (binomial negativo o Poisson) a cualquier tabla CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file, with a header line.</source>
        <translation>El archivo CSV, con una línea de encabezado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count to model.</source>
        <translation>El conteo que se modela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+20"/>
        <location line="+5"/>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>A column added to the linear predictor as it is (a log exposure).</source>
        <translation>Una columna que se suma tal cual al predictor lineal (un log de exposición).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A positive column whose log is the offset (overhead km).</source>
        <translation>Una columna positiva cuyo logaritmo es el desplazamiento (km aéreos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The predictors, separated by commas (default: every named column but the response and the offset).</source>
        <translation>Los predictores, separados por comas (por defecto: todas las columnas con nombre salvo la respuesta y el desplazamiento).</translation>
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
        <translation>Columnas que se leen como texto (factores) aunque contengan números.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>poisson or negbin (default).</source>
        <translation>poisson o negbin (por defecto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ridge penalty lambda on every coefficient but the intercept (default 0).</source>
        <translation>Penalización ridge lambda sobre todos los coeficientes salvo el intercepto (por defecto 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lambda</source>
        <translation>lambda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also fit random intercepts for this column&apos;s groups (territory), shrunk towards the global model.</source>
        <translation>Ajusta también interceptos aleatorios para los grupos de esta columna (territorio), contraídos hacia el modelo global.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare the global and the pooled model by leaving out one group of this column (storm) at a time.</source>
        <translation>Compara el modelo global y el agrupado dejando fuera un grupo de esta columna (tormenta) cada vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON instead of text.</source>
        <translation>Muestra JSON en lugar de texto.</translation>
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
