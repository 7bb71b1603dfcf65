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
        <location line="+12"/>
        <source>Stormcrew %1</source>
        <translation>Stormcrew %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Predicts outages and the repair crews needed for every service territory before a storm. The model advises; the director decides.</source>
        <translation>Predice las interrupciones y las cuadrillas de reparación necesarias en cada territorio de servicio antes de una tormenta. El modelo aconseja; el director decide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free software under the MIT licence. Outage data stay on this computer: Stormcrew works offline.</source>
        <translation>Software libre con licencia MIT. Los datos de interrupciones permanecen en este equipo: Stormcrew funciona sin conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../ui/qml/AppToolBar.qml" line="+36"/>
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
        <location line="+15"/>
        <source>Storm to show</source>
        <translation>Tormenta a mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming storm (latest forecast)</source>
        <translation>Tormenta que llega (último pronóstico)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replay…</source>
        <translation>Repetir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay a past storm against what happened (Ctrl+R)</source>
        <translation>Repetir una tormenta pasada frente a lo que ocurrió (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay the chosen past storm as the model saw it 48 h ahead, against what happened (Ctrl+R)</source>
        <translation>Repetir la tormenta pasada elegida como la vio el modelo 48 h antes, frente a lo que ocurrió (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the territory table or the briefing</source>
        <translation>Exportar la tabla de territorios o el informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Territory table as CSV (Ctrl+E) or GeoJSON (Ctrl+Shift+E); briefing as PDF (Ctrl+P)</source>
        <translation>Tabla de territorios como CSV (Ctrl+E) o GeoJSON (Ctrl+Mayús+E); informe como PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Store the plan shown as the decision, in the audit log (Ctrl+D)</source>
        <translation>Guardar el plan mostrado como la decisión, en el registro de auditoría (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a training session on a copy of the store</source>
        <translation>Iniciar una sesión de formación sobre una copia del almacén</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make-your-call exercises on past storms, on a copy of the store (Ctrl+Shift+T)</source>
        <translation>Ejercicios de estimación sobre tormentas pasadas, en una copia del almacén (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>BriefingActions</name>
    <message>
        <location filename="../ui/qml/BriefingActions.qml" line="+80"/>
        <source>Territory table as CSV…  (Ctrl+E)</source>
        <translation>Tabla de territorios como CSV…  (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Territory table as GeoJSON…  (Ctrl+Shift+E)</source>
        <translation>Tabla de territorios como GeoJSON…  (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Briefing as PDF…  (Ctrl+P)</source>
        <translation>Informe como PDF…  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the briefing</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the territory table as GeoJSON</source>
        <translation>Exportar la tabla de territorios como GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the territory table as CSV</source>
        <translation>Exportar la tabla de territorios como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoJSON files (*.geojson)</source>
        <translation>Archivos GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record the decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store the plan shown as your decision: %1 own and %2 mutual-aid crews, %3 % of customers back within %4 h at risk level %5, model v%6. It is written to the store and to the audit log under your name, %7.</source>
        <translation>Guardar el plan mostrado como su decisión: %1 cuadrillas propias y %2 de ayuda mutua, %3 % de los clientes restablecidos en %4 h con nivel de riesgo %5, modelo v%6. Se escribe en el almacén y en el registro de auditoría a su nombre, %7.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../ui/qml/replay/ComparisonPanel.qml" line="+42"/>
        <source>Model A:</source>
        <translation>Modelo A:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model B:</source>
        <translation>Modelo B:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Both models replay every stored storm with outcomes (no hindsight).</source>
        <translation>Ambos modelos repiten cada tormenta guardada con resultados (sin retrospectiva).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall MAE: A %1, B %2 · P10–P90 coverage: A %3 %, B %4 % · lower MAE: A in %5 storms, B in %6</source>
        <translation>MAE global: A %1, B %2 · cobertura P10–P90: A %3 %, B %4 % · MAE menor: A en %5 tormentas, B en %6</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Storm</source>
        <translation>Tormenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Reales</translation>
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
        <translation>MAE por tormenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model A</source>
        <translation>Modelo A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model B</source>
        <translation>Modelo B</translation>
    </message>
</context>
<context>
    <name>HindsightPanel</name>
    <message>
        <location filename="../ui/qml/replay/HindsightPanel.qml" line="+18"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hindsight: plan against crews deployed</source>
        <translation>Retrospectiva: plan frente a lo desplegado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Simulating the crew plans…</source>
        <translation>Simulando los planes de cuadrillas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No hindsight yet.</source>
        <translation>Todavía no hay retrospectiva.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 own + %2 aid crews · %3 ± %4 customer-hours · cost %5 ± %6</source>
        <translation>%1 propias + %2 de ayuda · %3 ± %4 horas-cliente · coste %5 ± %6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone back after %1 (P10 %2, P90 %3) from the all-clear</source>
        <translation>Todos restablecidos tras %1 (P10 %2, P90 %3) desde el fin del peligro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recorded by the utility: %1 customer-hours.</source>
        <translation>Registrado por la compañía: %1 horas-cliente.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="+20"/>
        <source>Stormcrew control centre</source>
        <translation>Centro de control Stormcrew</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../ui/qml/map/MapLegend.qml" line="+69"/>
        <source>No prediction yet</source>
        <translation>Sin predicción todavía</translation>
    </message>
</context>
<context>
    <name>MapRegion</name>
    <message>
        <location filename="../ui/qml/panels/MapRegion.qml" line="+118"/>
        <source>Map of the territories</source>
        <translation>Mapa de los territorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: %1</source>
        <translation>Seleccionado: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Basemap not shown, the shipped outlines are used instead: %1</source>
        <translation>El mapa base no se muestra; se usan en su lugar los contornos incluidos: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Territories: your store · basemap: %1</source>
        <translation>Territorios: su almacén · mapa base: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundaries: US Census Bureau</source>
        <translation>Límites: Oficina del Censo de EE.&#xa0;UU.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store could not be opened</source>
        <translation>No se ha podido abrir el almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No territories in this store yet</source>
        <translation>Todavía no hay territorios en este almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The territories cannot be drawn</source>
        <translation>No se pueden dibujar los territorios</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Loading %n territories…</source>
        <translation>
            <numerusform>Cargando %n territorio…</numerusform>
            <numerusform>Cargando %n territorios…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import your service territories (GeoPackage, Shapefile, GeoJSON or FlatGeobuf) to see predicted outages on the map.</source>
        <translation>Importe sus territorios de servicio (GeoPackage, Shapefile, GeoJSON o FlatGeobuf) para ver en el mapa las interrupciones previstas.</translation>
    </message>
</context>
<context>
    <name>MapToolBar</name>
    <message>
        <location filename="../ui/qml/map/MapToolBar.qml" line="+38"/>
        <source>Metric shown on the map</source>
        <translation>Métrica que muestra el mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted outages (P50)</source>
        <translation>Interrupciones previstas (P50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted outages (P90)</source>
        <translation>Interrupciones previstas (P90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected outages (mean)</source>
        <translation>Interrupciones esperadas (media)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages per 1,000 customers</source>
        <translation>Interrupciones por cada 1000 clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews needed</source>
        <translation>Cuadrillas necesarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated time to restore</source>
        <translation>Tiempo estimado de restablecimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour palette</source>
        <translation>Paleta de colores</translation>
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
        <translation>Divergente (errores)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all territories (Home)</source>
        <translation>Mostrar todos los territorios (Inicio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Basemap: shipped state and county outlines</source>
        <translation>Mapa base: contornos incluidos de estados y condados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basemap from a raster file…</source>
        <translation>Mapa base desde un archivo ráster…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forecast gust overlay</source>
        <translation>Capa de rachas previstas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a basemap raster</source>
        <translation>Elija un ráster para el mapa base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasters (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.png *.jpg)</source>
        <translation>Rásteres (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.png *.jpg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>OverlayLegend</name>
    <message>
        <location filename="../ui/qml/map/OverlayLegend.qml" line="+31"/>
        <source>Analysed gust (%1)</source>
        <translation>Racha analizada (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysed gust</source>
        <translation>Racha analizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast gust (%1)</source>
        <translation>Racha prevista (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast gust</source>
        <translation>Racha prevista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>valid %1</source>
        <translation>válida el %1</translation>
    </message>
</context>
<context>
    <name>PreparingOverlay</name>
    <message>
        <location filename="../ui/qml/PreparingOverlay.qml" line="+26"/>
        <source>Setting up the demo utility</source>
        <translation>Preparando la empresa de demostración</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No store exists yet, so Stormcrew is building a fictional utility on real Kentucky geography, with six years of storms and an incoming forecast, through the same importers you would use.</source>
        <translation>Todavía no existe ningún almacén, así que Stormcrew construye una empresa eléctrica ficticia sobre la geografía real de Kentucky, con seis años de tormentas y un pronóstico entrante, mediante los mismos importadores que usted usaría.</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <location filename="../ui/qml/replay/ReplayBar.qml" line="+33"/>
        <source>Back to the plan</source>
        <translation>Volver al plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the replay and go back to the plan (Escape)</source>
        <translation>Salir de la repetición y volver al plan (Escape)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay storm:</source>
        <translation>Repetir la tormenta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Storm to replay</source>
        <translation>Tormenta que repetir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead time:</source>
        <translation>Antelación:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours before the storm&apos;s first outage</source>
        <translation>Horas antes de la primera interrupción de la tormenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model active then</source>
        <translation>El modelo activo entonces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model to replay with</source>
        <translation>Modelo con el que repetir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replayed in %1 s</source>
        <translation>Repetida en %1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review report</source>
        <translation>Informe de revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the review report as PDF or CSV</source>
        <translation>Guardar el informe de revisión en PDF o CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review report (PDF)…</source>
        <translation>Informe de revisión (PDF)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Territories (CSV)…</source>
        <translation>Territorios (CSV)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
</context>
<context>
    <name>ReplayLegend</name>
    <message>
        <location filename="../ui/qml/replay/ReplayLegend.qml" line="+53"/>
        <source>too few</source>
        <translation>demasiado pocas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>too many</source>
        <translation>demasiadas</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No prediction or no outages</source>
        <translation>Sin predicción o sin interrupciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a storm and replay it</source>
        <translation>Elija una tormenta y repítala</translation>
    </message>
</context>
<context>
    <name>ReplayMap</name>
    <message>
        <location filename="../ui/qml/replay/ReplayMap.qml" line="+17"/>
        <source>Actual outages</source>
        <translation>Interrupciones reales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected outages (as of then)</source>
        <translation>Interrupciones esperadas (entonces)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: expected − actual</source>
        <translation>Error: esperadas − reales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative error (%)</source>
        <translation>Error relativo (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual against P10–P90</source>
        <translation>Reales frente a P10–P90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below P10 (fewer than expected)</source>
        <translation>Por debajo de P10 (menos de lo esperado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inside P10–P90</source>
        <translation>Dentro de P10–P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above P90 (more than expected)</source>
        <translation>Por encima de P90 (más de lo esperado)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Map of the replay&apos;s %1</source>
        <translation>Mapa de la repetición: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the map shows</source>
        <translation>Lo que muestra el mapa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No territories in this store yet</source>
        <translation>Todavía no hay territorios en este almacén</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Loading %n territories…</source>
        <translation>
            <numerusform>Cargando %n territorio…</numerusform>
            <numerusform>Cargando %n territorios…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaySummary</name>
    <message>
        <location filename="../ui/qml/replay/ReplaySummary.qml" line="+27"/>
        <source>Replay</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replaying…</source>
        <translation>Repitiendo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a storm with recorded outcomes and replay it.</source>
        <translation>Elija una tormenta con resultados registrados y repítala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As of %1, %2 h before the first outage (%3), with model %4 (version %5). Only forecasts issued and observations ended by then were read.</source>
        <translation>A fecha de %1, %2 h antes de la primera interrupción (%3), con el modelo %4 (versión %5). Solo se leyeron los pronósticos emitidos y las observaciones terminadas para entonces.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outages expected then</source>
        <translation>Interrupciones esperadas entonces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10 %1 – P90 %2</source>
        <translation>P10 %1 – P90 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outages that happened</source>
        <translation>Interrupciones ocurridas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error of the total %1 %</source>
        <translation>error del total %1 %</translation>
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
        <translation>Puntuación logarítmica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In P10–P90</source>
        <translation>En P10–P90</translation>
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
        <translation>En P25–P75</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In P5–P95</source>
        <translation>En P5–P95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
</context>
<context>
    <name>ReplayTimeline</name>
    <message>
        <location filename="../ui/qml/replay/ReplayTimeline.qml" line="+44"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hour of the storm</source>
        <translation>Hora de la tormenta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No storm replayed</source>
        <translation>Ninguna tormenta repetida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 h from the first outage): %3 outages begun, %4 still out; expected in all %5 (P10 %6 – P90 %7)</source>
        <translation>%1 (%2 h desde la primera interrupción): %3 interrupciones iniciadas, %4 aún sin servicio; esperadas en total %5 (P10 %6 – P90 %7)</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <location filename="../ui/qml/replay/ReplayView.qml" line="+33"/>
        <source>Cannot replay: %1</source>
        <translation>No se puede repetir: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Per territory</source>
        <translation>Por territorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over time</source>
        <translation>En el tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoration</source>
        <translation>Restablecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A against B</source>
        <translation>Modelo A frente a B</translation>
    </message>
</context>
<context>
    <name>RestorationChart</name>
    <message>
        <location filename="../ui/qml/replay/RestorationChart.qml" line="+61"/>
        <source>hours after the all-clear</source>
        <translation>horas tras el fin del peligro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>% of outages restored</source>
        <translation>% de interrupciones restablecidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan, dispatched: everyone back, P10–P90</source>
        <translation>Plan, despachado: todos restablecidos, P10–P90</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan, dispatched: everyone back (P50)</source>
        <translation>Plan, despachado: todos restablecidos (P50)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Crews deployed: everyone back (P50)</source>
        <translation>Cuadrillas desplegadas: todos restablecidos (P50)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored, as it happened</source>
        <translation>Restablecidas, tal como ocurrió</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+34"/>
        <source>Predicting…</source>
        <translation>Prediciendo…</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No prediction</source>
        <translation>Sin predicción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast issued %1</source>
        <translation>Pronóstico emitido el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storm %1</source>
        <translation>Tormenta %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the prediction</source>
        <translation>Cancelar la predicción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the re-planning</source>
        <translation>Cancelar la replanificación</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Outages (P50)</source>
        <translation>Interrupciones (P50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P10–P90: %1–%2</source>
        <translation>P10–P90: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10–P90: –</source>
        <translation>P10–P90: –</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crews needed</source>
        <translation>Cuadrillas necesarias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own on hand: %1</source>
        <translation>propias disponibles: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on hand: –</source>
        <translation>disponibles: –</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mutual aid</source>
        <translation>Ayuda mutua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request by: –</source>
        <translation>solicitar antes de: –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none needed</source>
        <translation>no se necesita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request by %1</source>
        <translation>solicitar antes del %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % restored (P50)</source>
        <translation>%1 % restablecido (P50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P90: –</source>
        <translation>P90: –</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P90: %1</source>
        <translation>P90: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share of customers to restore</source>
        <translation>Parte de los clientes a restablecer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within</source>
        <translation>en</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hours to restore them in</source>
        <translation>Horas para restablecerlos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planning risk level</source>
        <translation>Nivel de riesgo de la planificación</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Re-planning…</source>
        <translation>Replanificando…</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+11"/>
        <source>Own crews on hand</source>
        <translation>Cuadrillas propias disponibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From depots</source>
        <translation>De los depósitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan with the crews the depots have</source>
        <translation>Planificar con las cuadrillas de los depósitos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned in %1 s</source>
        <translation>Planificado en %1 s</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unlike the storms the model learnt from: %1</source>
        <translation>Distinta de las tormentas con las que aprendió el modelo: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Most similar past storms: %1</source>
        <translation>Tormentas pasadas más parecidas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 outages)</source>
        <translation>%1 (%2 interrupciones)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Model v%1 · contract passed</source>
        <translation>Modelo v%1 · contrato cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model v%1 · CONTRACT FAILED</source>
        <translation>Modelo v%1 · CONTRATO INCUMPLIDO</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>TerritoryChart</name>
    <message>
        <location filename="../ui/qml/replay/TerritoryChart.qml" line="+56"/>
        <source>outages</source>
        <translation>interrupciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected, P10–P90</source>
        <translation>Esperadas, P10–P90</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual</source>
        <translation>Reales</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Territory: %1</source>
        <translation>Territorio: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No territory selected</source>
        <translation>Ningún territorio seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a territory on the map or in the table to see its prediction and why the model expects it.</source>
        <translation>Seleccione un territorio en el mapa o en la tabla para ver su predicción y las razones del modelo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Expected outages</source>
        <translation>Interrupciones esperadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10–P90: %1–%2</source>
        <translation>P10–P90: %1–%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crews</source>
        <translation>Cuadrillas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ETR P50 %1, P90 %2</source>
        <translation>ETR P50 %1, P90 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capped at its customers</source>
        <translation>limitado a sus clientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: a calm day would bring %1 outages here; each factor multiplies that.</source>
        <translation>Por qué: un día en calma traería aquí %1 interrupciones; cada factor lo multiplica.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Worst past storms here</source>
        <translation>Peores tormentas pasadas aquí</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No past storm is recorded for this territory.</source>
        <translation>No hay ninguna tormenta pasada registrada para este territorio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3 outages, %4 crews</source>
        <translation>%1 %2: %3 interrupciones, %4 cuadrillas</translation>
    </message>
</context>
<context>
    <name>TerritoryTable</name>
    <message>
        <location filename="../ui/qml/panels/TerritoryTable.qml" line="+15"/>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by name or code</source>
        <translation>Filtrar por nombre o código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter territories</source>
        <translation>Filtrar territorios</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No territories to list</source>
        <translation>No hay territorios que mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicting…</source>
        <translation>Prediciendo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prediction to list yet</source>
        <translation>Todavía no hay predicciones que mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Territories appear here, one row each, once they are imported.</source>
        <translation>Los territorios aparecen aquí, uno por fila, una vez importados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each territory gets a row with its predicted outages once a model has been trained.</source>
        <translation>Cada territorio tendrá una fila con sus interrupciones previstas cuando se haya entrenado un modelo.</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../ui/qml/panels/TimelineBar.qml" line="+23"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play or pause the storm hour by hour (Space on the map)</source>
        <translation>Reproducir o pausar la tormenta hora a hora (Espacio en el mapa)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One hour back</source>
        <translation>Una hora atrás</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One hour forward</source>
        <translation>Una hora adelante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computing the hours…</source>
        <translation>Calculando las horas…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Forecast hour</source>
        <translation>Hora del pronóstico</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
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
        <translation>Ningún pronóstico cargado</translation>
    </message>
</context>
<context>
    <name>TotalsChart</name>
    <message>
        <location filename="../ui/qml/replay/TotalsChart.qml" line="+66"/>
        <source>hours from the first outage</source>
        <translation>horas desde la primera interrupción</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>outages</source>
        <translation>interrupciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected total, P10–P90</source>
        <translation>Total esperado, P10–P90</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected total</source>
        <translation>Total esperado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Begun so far</source>
        <translation>Iniciadas hasta ahora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still out</source>
        <translation>Aún sin servicio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline hour</source>
        <translation>Hora de la línea de tiempo</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <location filename="../ui/qml/training/TrainingBanner.qml" line="+30"/>
        <source>TRAINING MODE</source>
        <translation>MODO DE FORMACIÓN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working on a copy of the store: calls and changes here never reach the operational store.</source>
        <translation>Trabajando sobre una copia del almacén: las estimaciones y los cambios hechos aquí nunca llegan al almacén operativo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session report…</source>
        <translation>Informe de la sesión…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End training</source>
        <translation>Terminar la formación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the control centre; the copy and its calls are removed (Ctrl+Shift+T)</source>
        <translation>Volver al centro de control; la copia y sus estimaciones se eliminan (Ctrl+Mayús+T)</translation>
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
        <translation>Según lo conocido %1 h antes de la primera interrupción (%2); pronóstico emitido el %3. Racha prevista más fuerte: %4 m/s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As known %1 h before the first outage (%2). Strongest gust known then %3 m/s.</source>
        <translation>Según lo conocido %1 h antes de la primera interrupción (%2). Racha más fuerte conocida entonces: %3 m/s.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Crews</source>
        <translation>Cuadrillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages</source>
        <translation>Interrupciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole utility</source>
        <translation>Toda la compañía</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Crews for the whole utility</source>
        <translation>Cuadrillas para toda la compañía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outages for the whole utility</source>
        <translation>Interrupciones para toda la compañía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By depot group (optional)</source>
        <translation>Por grupo de depósito (opcional)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 (%n territories)</source>
        <translation>
            <numerusform>%1 (%n territorio)</numerusform>
            <numerusform>%1 (%n territorios)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crews for %1</source>
        <translation>Cuadrillas para %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outages for %1</source>
        <translation>Interrupciones para %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save call</source>
        <translation>Guardar estimación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the model and what happened; the call is then locked</source>
        <translation>Mostrar el modelo y lo que ocurrió; la estimación queda bloqueada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revealed: this call is locked.</source>
        <translation>Revelada: esta estimación está bloqueada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call saved (in the training copy). Reveal when ready.</source>
        <translation>Estimación guardada (en la copia de formación). Revele cuando esté listo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter crews and outages for the whole utility, and for the groups you want to call.</source>
        <translation>Introduzca cuadrillas e interrupciones para toda la compañía y para los grupos que quiera estimar.</translation>
    </message>
</context>
<context>
    <name>TrainingMap</name>
    <message>
        <location filename="../ui/qml/training/TrainingMap.qml" line="+21"/>
        <source>Forecast gust as known then (m/s)</source>
        <translation>Racha prevista conocida entonces (m/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your call by group (outages)</source>
        <translation>Su estimación por grupo (interrupciones)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model by group (outages)</source>
        <translation>Modelo por grupo (interrupciones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual by group (outages)</source>
        <translation>Real por grupo (interrupciones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model by territory (outages)</source>
        <translation>Modelo por territorio (interrupciones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual by territory (outages)</source>
        <translation>Real por territorio (interrupciones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What if (outages)</source>
        <translation>Hipótesis (interrupciones)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Map of the exercise: %1</source>
        <translation>Mapa del ejercicio: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the map shows</source>
        <translation>Lo que muestra el mapa</translation>
    </message>
</context>
<context>
    <name>TrainingRevealPanel</name>
    <message>
        <location filename="../ui/qml/training/TrainingRevealPanel.qml" line="+22"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to show yet: save your call, then reveal the model and what happened.</source>
        <translation>Aún no hay nada que mostrar: guarde su estimación y luego revele el modelo y lo que ocurrió.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outages</source>
        <translation>Interrupciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 20 %</source>
        <translation>A menos del 20 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+5"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Model v%1</source>
        <translation>Modelo v%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+43"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>You were closer than the model.</source>
        <translation>Usted se acercó más que el modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was closer.</source>
        <translation>El modelo se acercó más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and the model were equally close.</source>
        <translation>Usted y el modelo se acercaron por igual.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crews: you called %1; %2 were deployed. The model&apos;s range was %3 to %4 outages (P10 to P90).</source>
        <translation>Cuadrillas: usted estimó %1; se desplegaron %2. El rango del modelo era de %3 a %4 interrupciones (P10 a P90).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By depot group</source>
        <translation>Por grupo de depósito</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>TrainingScoreboard</name>
    <message>
        <location filename="../ui/qml/training/TrainingScoreboard.qml" line="+21"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storm</source>
        <translation>Tormenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+71"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Mean error</source>
        <translation>Error medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean relative error</source>
        <translation>Error relativo medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 20 %</source>
        <translation>A menos del 20 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points for discussion</source>
        <translation>Puntos para comentar</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location filename="../ui/qml/training/TrainingView.qml" line="+128"/>
        <source>Past storm:</source>
        <translation>Tormenta pasada:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Past storm of the exercise</source>
        <translation>Tormenta pasada del ejercicio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your call</source>
        <translation>Su estimación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What if</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoreboard</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the session report</source>
        <translation>Guardar el informe de la sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training mode cannot start</source>
        <translation>El modo de formación no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../ui/qml/training/WhatIfPanel.qml" line="+67"/>
        <source>The what-if explorer shows the model, so it opens after the reveal.</source>
        <translation>El explorador de hipótesis muestra el modelo, así que se abre tras la revelación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Peak gust</source>
        <translation>Racha máxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 m/s</source>
        <translation>%1 m/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaf-on</source>
        <translation>Foliación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Antecedent wetness</source>
        <translation>Humedad previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+57"/>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Tree canopy</source>
        <translation>Cubierta arbórea</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time since trimming</source>
        <translation>Tiempo desde la poda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model with these changes: %1 outages (as it said: %2)</source>
        <translation>Modelo con estos cambios: %1 interrupciones (lo que dijo: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every territory predicted again in %1 ms.</source>
        <translation>Todos los territorios se han vuelto a predecir en %1 ms.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a territory on the map to see why.</source>
        <translation>Elija un territorio en el mapa para ver por qué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 outages with these changes</source>
        <translation>%1: %2 interrupciones con estos cambios</translation>
    </message>
</context>
<context>
    <name>stormcrew::AssetColumns</name>
    <message>
        <location filename="../model/ingest/assetcolumns.cpp" line="+85"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is negative</source>
        <translation>%1 es un valor negativo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is more than any territory has (at most %2)</source>
        <translation>%1 supera lo que puede tener cualquier territorio (como máximo %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>«%1» no es una fecha con el formato AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>stormcrew::AssetImporter</name>
    <message>
        <location filename="../model/ingest/assetimporter.cpp" line="+41"/>
        <source>--map %1=%2: &apos;%1&apos; is not an asset attribute; they are: %3</source>
        <translation>--map %1=%2: «%1» no es un atributo de activos; los atributos son: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has no column &apos;%1&apos; with the territory code; name it with --id-field (its columns are: %2)</source>
        <translation>no tiene ninguna columna «%1» con el código de territorio; indíquela con --id-field (sus columnas son: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has none of the asset columns %1; map yours with --map attribute=column (its columns are: %2)</source>
        <translation>no tiene ninguna de las columnas de activos %1; asigne las suyas con --map atributo=columna (sus columnas son: %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asset columns read: %1.</source>
        <translation>Columnas de activos leídas: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the territory code is empty</source>
        <translation>el código de territorio está vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>territory &apos;%1&apos; is not in the store</source>
        <translation>el territorio «%1» no está en el almacén</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>territory %1 appears more than once</source>
        <translation>el territorio %1 aparece más de una vez</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>lines can be summed into overhead_km or underground_km, not &apos;%1&apos;</source>
        <translation>las líneas solo se pueden sumar en overhead_km o underground_km, no en «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the store holds no territory yet; import territories first</source>
        <translation>el almacén todavía no contiene ningún territorio; importe primero los territorios</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the outline of territory %1 in the store cannot be read</source>
        <translation>no se puede leer el contorno del territorio %1 en el almacén</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is a %1, not a line</source>
        <translation>es de tipo %1, no una línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no geometry</source>
        <translation>no tiene geometría</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the line lies in no territory</source>
        <translation>la línea no está en ningún territorio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 km of lines, %2 km inside territories, summed into %3 of %4 territories (%5); the others keep their value.</source>
        <translation>%1 km de líneas, %2 km dentro de los territorios, sumados en %3 de %4 territorios (%5); los demás conservan su valor.</translation>
    </message>
</context>
<context>
    <name>stormcrew::AssetWriter</name>
    <message>
        <location filename="../model/ingest/assetwriter.cpp" line="+32"/>
        <source>depot &apos;%1&apos; is not in the store</source>
        <translation>la base operativa «%1» no está en el almacén</translation>
    </message>
</context>
<context>
    <name>stormcrew::BriefingController</name>
    <message>
        <location filename="../ui/briefing/briefingcontroller.cpp" line="+76"/>
        <location line="+27"/>
        <location line="+29"/>
        <source>No store is open.</source>
        <translation>No hay ningún almacén abierto.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The store is open read-only (--read-only); start Stormcrew without it to record decisions.</source>
        <translation>El almacén está abierto en solo lectura (--read-only); inicie Stormcrew sin esa opción para registrar decisiones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wait until the prediction and the crew plan are up to date.</source>
        <translation>Espere a que la predicción y el plan de cuadrillas estén al día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no prediction to decide on yet.</source>
        <translation>Aún no hay ninguna predicción sobre la que decidir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no crew plan to record yet.</source>
        <translation>Aún no hay ningún plan de cuadrillas que registrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Another action is still running.</source>
        <translation>Otra acción sigue en curso.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>%1 is not a local file; choose a file on this computer.</source>
        <translation>%1 no es un archivo local; elija un archivo de este equipo.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The territory table could not be exported: %1</source>
        <translation>No se pudo exportar la tabla de territorios: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Territory table written to %1.</source>
        <translation>Tabla de territorios escrita en %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no prediction to brief on yet.</source>
        <translation>Aún no hay ninguna predicción para el informe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>The briefing could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Briefing written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Informe escrito en %1 (%n página).</numerusform>
            <numerusform>Informe escrito en %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>The decision could not be recorded: %1</source>
        <translation>No se pudo registrar la decisión: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision recorded at %1 as plan #%2 (by %3).</source>
        <translation>Decisión registrada a las %1 como plan n.º %2 (por %3).</translation>
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
        <location filename="../model/stats/crossvalidation.cpp" line="+66"/>
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
    <name>stormcrew::CsvReader</name>
    <message>
        <location filename="../model/ingest/csvreader.cpp" line="+45"/>
        <location line="+9"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is empty; a CSV file starts with a header line</source>
        <translation>está vacío; un archivo CSV empieza con una línea de encabezado</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>a quoted field opened on this line is never closed (a &quot; is missing)</source>
        <translation>un campo entre comillas abierto en esta línea nunca se cierra (falta una &quot;)</translation>
    </message>
</context>
<context>
    <name>stormcrew::CsvSource</name>
    <message>
        <location filename="../model/ingest/csvsource.cpp" line="+111"/>
        <source>cannot be read as CSV: %1</source>
        <translation>no se puede leer como CSV: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist</source>
        <translation>no existe</translation>
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
    <name>stormcrew::Evaluator</name>
    <message>
        <location filename="../model/engine/evaluation.cpp" line="+33"/>
        <source>model, one global fit</source>
        <translation>modelo, un ajuste global</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model, territory intercepts pooled</source>
        <translation>modelo, interceptos por territorio agrupados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline: wind only</source>
        <translation>referencia: solo viento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline: territory climatology</source>
        <translation>referencia: climatología del territorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline: three most similar storms</source>
        <translation>referencia: las tres tormentas más parecidas</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>evaluation needs at least 4 past storms; the store has %1</source>
        <translation>la evaluación necesita al menos 4 tormentas pasadas; el almacén tiene %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the evaluation was cancelled</source>
        <translation>la evaluación se canceló</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>storm %1: %2</source>
        <translation>tormenta %1: %2</translation>
    </message>
    <message>
        <location filename="../model/engine/evaluationreport.cpp" line="+26"/>
        <source># Leave-one-storm-out evaluation</source>
        <translation># Evaluación dejando fuera una tormenta cada vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 storms, %2 storm-territory rows. Each storm was held out in turn; the models were trained on the others (ridge penalty by inner cross-validation) and predicted it.</source>
        <translation>%1 tormentas, %2 filas tormenta-territorio. Cada tormenta se apartó por turno; los modelos se entrenaron con las demás (penalización ridge por validación cruzada interna) y la predijeron.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>## Overall</source>
        <translation>## En conjunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean deviance</source>
        <translation>desviación media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean log score</source>
        <translation>puntuación logarítmica media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm total, abs. % error</source>
        <translation>total de la tormenta, error abs. %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Interval columns: the share of held-out territory counts inside the central 50, 80 and 90 % predictive intervals (well calibrated: 50, 80 and 90 %).</source>
        <translation>Columnas de intervalos: la parte de los recuentos de territorios apartados dentro de los intervalos predictivos centrales del 50, 80 y 90 % (bien calibrado: 50, 80 y 90 %).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>## Calibration of the model (one global fit)</source>
        <translation>## Calibración del modelo (un ajuste global)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>predicted mean range</source>
        <translation>rango de la media prevista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean predicted</source>
        <translation>media prevista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean observed</source>
        <translation>media observada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Per storm</source>
        <translation>## Por tormenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm</source>
        <translation>tormenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cells: predicted storm total (absolute % error of the total).</source>
        <translation>Celdas: total previsto de la tormenta (error absoluto en % del total).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::FeatureBuilder</name>
    <message>
        <location filename="../model/features/featurebuilder.cpp" line="+38"/>
        <source>Leaf-on from NDVI for %1 of %2 territories (%3 scaled by their own season, %4 by the fixed dormant and full-leaf NDVI); the calendar and latitude for the others.</source>
        <translation>Foliación a partir del NDVI en %1 de %2 territorios (%3 escalados por su propia estación, %4 por el par fijo de NDVI en reposo y con follaje completo); el calendario y la latitud en los demás.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>has no storm with id %1</source>
        <translation>no tiene ninguna tormenta con id %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>holds no forecast issued by %1</source>
        <translation>no tiene ningún pronóstico emitido hasta %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds no forecast (weather rows with an issued time)</source>
        <translation>no tiene ningún pronóstico (filas de tiempo con hora de emisión)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>has no storm with code &apos;%1&apos;</source>
        <translation>no tiene ninguna tormenta con código «%1»</translation>
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
        <translation>Racha máxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strongest gust of the hourly (or finer) weather rows valid from the storm&apos;s start to its end, both included. Without such rows, the strongest daily gust of the storm&apos;s days.</source>
        <translation>La racha más fuerte de las filas de tiempo horarias (o más finas) válidas desde el inicio de la tormenta hasta su fin, ambos incluidos. Sin tales filas, la racha diaria más fuerte de los días de la tormenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peak sustained wind</source>
        <translation>Viento sostenido máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strongest sustained wind of the same rows (from daily weather: the highest daily mean wind).</source>
        <translation>El viento sostenido más fuerte de las mismas filas (con tiempo diario: el viento medio diario más alto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours with gusts of 20 m/s or more</source>
        <translation>Horas con rachas de 20 m/s o más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hours of the same rows with a gust of at least 20 m/s (a row counts its period). Daily weather cannot tell it.</source>
        <translation>Las horas de las mismas filas con una racha de al menos 20 m/s (cada fila cuenta su periodo). El tiempo diario no puede decirlo.</translation>
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
        <translation>Precipitación de la tormenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precipitation of the same rows (from daily weather: of the storm&apos;s days).</source>
        <translation>Precipitación de las mismas filas (con tiempo diario: de los días de la tormenta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Precipitation of the 14 days before</source>
        <translation>Precipitación de los 14 días anteriores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily precipitation of the 14 days before the storm&apos;s start day (UTC); for a forecast, before the day it was issued. When at most a fifth of the days are missing, they count as the mean of the others.</source>
        <translation>Precipitación diaria de los 14 días anteriores al día de inicio de la tormenta (UTC); para un pronóstico, anteriores al día de su emisión. Si falta como mucho una quinta parte de los días, cuentan como la media de los demás.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Precipitation of the 30 days before</source>
        <translation>Precipitación de los 30 días anteriores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same over the 30 days before.</source>
        <translation>Lo mismo sobre los 30 días anteriores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since significant rain</source>
        <translation>Días desde lluvia importante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days from the last day with at least 10 mm to the start day (the day before counts 1), at most 60. When none of the days the daily weather covers without a gap had 10 mm, the number of those days (at least that many).</source>
        <translation>Días desde el último día con al menos 10 mm hasta el día de inicio (el día anterior cuenta 1), como mucho 60. Si ninguno de los días que el tiempo diario cubre sin huecos tuvo 10 mm, el número de esos días (al menos tantos).</translation>
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
        <translation>Foliación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fully deciduous trees are in leaf when the storm starts. With NDVI composites within 32 days (known by the as-of time): the NDVI interpolated in time, scaled by the territory&apos;s own seasonal minimum and maximum (White et al. 1997; Zhang et al. 2003), or by 0.3 (dormant) and 0.8 (full leaf) when its series is too short. Otherwise from the latitude (the centre of its bounding box): green-up and leaf fall of the Ohio Valley, 4 days later (earlier) per degree north.</source>
        <translation>Cuánto follaje tienen los árboles caducifolios cuando empieza la tormenta. Con composiciones de NDVI a menos de 32 días (conocidas en la fecha de corte): el NDVI interpolado en el tiempo y escalado por el mínimo y el máximo estacionales del propio territorio (White et al. 1997; Zhang et al. 2003), o por 0,3 (en reposo) y 0,8 (follaje completo) cuando su serie es demasiado corta. Si no, a partir de la latitud (el centro de su rectángulo envolvente): brotación y caída de la hoja del valle del Ohio, 4 días más tarde (antes) por grado hacia el norte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snow and ice</source>
        <translation>Nieve y hielo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snowfall plus ice accretion of the storm&apos;s rows (a row without them counts 0).</source>
        <translation>Nevada más acumulación de hielo de las filas de la tormenta (una fila sin ellas cuenta 0).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tree canopy</source>
        <translation>Cubierta arbórea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of the territory under tree canopy, from the canopy raster import.</source>
        <translation>La fracción del territorio bajo cubierta arbórea, de la importación del ráster de cubierta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overhead line</source>
        <translation>Línea aérea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kilometres of overhead line in the territory: the exposure.</source>
        <translation>Kilómetros de línea aérea en el territorio: la exposición.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years since trimming</source>
        <translation>Años desde la poda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years of 365.25 days from the last trimming (00:00 UTC of its date) to the storm&apos;s start.</source>
        <translation>Años de 365,25 días desde la última poda (00:00 UTC de su fecha) hasta el inicio de la tormenta.</translation>
    </message>
</context>
<context>
    <name>stormcrew::FeatureNotes</name>
    <message>
        <location filename="../model/features/featureassembly.cpp" line="+38"/>
        <source>%1 (period unknown: one valid time per territory; not read)</source>
        <translation>%1 (periodo desconocido: un solo tiempo válido por territorio; no se lee)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (daily)</source>
        <translation>%1 (diaria)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (every %2 days: longer than a day, not read)</source>
        <translation>%1 (cada %2 días: más de un día, no se lee)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (every %2 h)</source>
        <translation>%1 (cada %2 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (every %2 min)</source>
        <translation>%1 (cada %2 min)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No weather was read.</source>
        <translation>No se leyó ningún dato de tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weather read: %1. Hourly or finer sources give the storm window, daily ones the days before.</source>
        <translation>Tiempo leído: %1. Las fuentes horarias o más finas dan la ventana de la tormenta, las diarias los días anteriores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As of %1: only observations whose period had ended and forecasts issued by then.</source>
        <translation>A fecha de %1: solo observaciones cuyo periodo había terminado y pronósticos emitidos hasta entonces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hourly weather covers %1 of %2 territories in the storm window.</source>
        <translation>El tiempo horario cubre %1 de %2 territorios en la ventana de la tormenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 territories take peak gust, peak wind and storm precipitation from daily weather; their hours with gusts of 20 m/s or more are missing.</source>
        <translation>%1 territorios toman la racha máxima, el viento máximo y la precipitación de la tormenta del tiempo diario; sus horas con rachas de 20 m/s o más faltan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 territories have no weather for the storm window: its features are missing there.</source>
        <translation>%1 territorios no tienen tiempo para la ventana de la tormenta: sus variables faltan allí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of the window&apos;s %2 hourly rows are forecasts (newest issue %3).</source>
        <translation>%1 de las %2 filas horarias de la ventana son pronósticos (última emisión %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No weather row of the storm window reports snow or ice; snow and ice are 0.</source>
        <translation>Ninguna fila de tiempo de la ventana de la tormenta indica nieve o hielo; nieve y hielo son 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Precipitation of the %1 days before: %2 territories miss some days, counted as the mean of the others.</source>
        <translation>Precipitación de los %1 días anteriores: a %2 territorios les faltan algunos días, contados como la media de los demás.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Precipitation of the %1 days before is missing for %2 of %3 territories (more than a fifth of the days have no daily weather).</source>
        <translation>La precipitación de los %1 días anteriores falta en %2 de %3 territorios (más de una quinta parte de los días no tiene tiempo diario).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days since significant rain is a lower bound for %1 territories: no day with 10 mm in the days their daily weather covers without a gap.</source>
        <translation>Los días desde lluvia importante son una cota inferior en %1 territorios: ningún día con 10 mm en los días que su tiempo diario cubre sin huecos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days since significant rain is missing for %1 territories (no daily weather for the day before).</source>
        <translation>Los días desde lluvia importante faltan en %1 territorios (sin tiempo diario del día anterior).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tree canopy is missing for %1 territories (import a canopy raster).</source>
        <translation>La cubierta arbórea falta en %1 territorios (importe un ráster de cubierta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overhead line length is missing for %1 territories (import assets).</source>
        <translation>La longitud de línea aérea falta en %1 territorios (importe los activos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last trimming date is missing for %1 territories (import assets).</source>
        <translation>La fecha de la última poda falta en %1 territorios (importe los activos).</translation>
    </message>
</context>
<context>
    <name>stormcrew::ForecastController</name>
    <message>
        <location filename="../ui/forecast/forecastcontroller.cpp" line="+342"/>
        <source>There is no prediction to export yet.</source>
        <translation>Todavía no hay ninguna predicción que exportar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is not open.</source>
        <translation>El almacén no está abierto.</translation>
    </message>
</context>
<context>
    <name>stormcrew::GdalRaster</name>
    <message>
        <location filename="../model/ingest/gdalraster.cpp" line="+83"/>
        <source>unknown GDAL error</source>
        <translation>error de GDAL desconocido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be read as a raster: %1</source>
        <translation>no se puede leer como ráster: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has no raster bands</source>
        <translation>no tiene bandas ráster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds several variables; import one of them by its GDAL name, e.g. &quot;%1&quot; (all: %2)</source>
        <translation>contiene varias variables; importe una de ellas por su nombre GDAL, p. ej. &quot;%1&quot; (todas: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has ground control points only; warp it first: gdalwarp -t_srs EPSG:4326 in.tif out.tif</source>
        <translation>solo tiene puntos de control terrestre (GCP); transfórmelo primero: gdalwarp -t_srs EPSG:4326 in.tif out.tif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign them with: gdal_translate -a_srs EPSG:4326 -a_ullr ULX ULY LRX LRY in.tif out.tif</source>
        <translation>asígnelos con: gdal_translate -a_srs EPSG:4326 -a_ullr ULX ULY LRX LRY in.tif out.tif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no georeferencing (no pixel size and origin); %1</source>
        <translation>no tiene georreferenciación (ni tamaño de píxel ni origen); %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no coordinate reference system; assign one with: gdal_translate -a_srs EPSG:XXXX in.tif out.tif</source>
        <translation>no tiene sistema de referencia de coordenadas; asígnele uno con: gdal_translate -a_srs EPSG:XXXX in.tif out.tif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has a degenerate geotransform (a pixel size of 0)</source>
        <translation>tiene una geotransformación degenerada (tamaño de píxel 0)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its CRS cannot be reached from WGS 84: %1</source>
        <translation>no hay transformación de WGS 84 a su SRC: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>cannot be read (band %1, rows %2-%3): %4</source>
        <translation>no se puede leer (banda %1, filas %2-%3): %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>territory %1 has an unreadable outline</source>
        <translation>el contorno del territorio %1 es ilegible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>territory %1 cannot be projected into the raster&apos;s CRS %2: %3</source>
        <translation>el territorio %1 no se puede proyectar en el SRC del ráster %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>territory %1 falls outside the domain of the raster&apos;s CRS %2</source>
        <translation>el territorio %1 queda fuera del dominio del SRC del ráster %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>territory %1 is not a polygon</source>
        <translation>el territorio %1 no es un polígono</translation>
    </message>
</context>
<context>
    <name>stormcrew::GhcnImporter</name>
    <message numerus="yes">
        <location filename="../model/ingest/ghcnimporter.cpp" line="+74"/>
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--units &apos;%1&apos;: a GHCN-Daily CSV is in standard (mph, in, F), metric (m/s, mm, C) or tenths (raw GHCN-Daily values) units</source>
        <translation>--units «%1»: un CSV GHCN-Daily está en unidades standard (mph, in, F), metric (m/s, mm, C) o tenths (valores GHCN-Daily sin convertir)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--max-distance-km must be a positive number</source>
        <translation>--max-distance-km debe ser un número positivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not UTF-8 text; convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.csv &gt; out.csv</source>
        <translation>no es texto UTF-8; conviértalo antes, p. ej. iconv -f WINDOWS-1252 -t UTF-8 in.csv &gt; out.csv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the store holds no territories; import them first</source>
        <translation>el almacén no contiene territorios; impórtelos primero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has a header but no rows</source>
        <translation>tiene encabezado pero ninguna fila</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>territory %1: %2</source>
        <translation>territorio %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 (%n station(s), nearest %2 at %3 km)</source>
        <translation>
            <numerusform>%1 (%n estación, la más cercana %2 a %3 km)</numerusform>
            <numerusform>%1 (%n estaciones, la más cercana %2 a %3 km)</numerusform>
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
        <translation>el territorio %1 ya tiene datos meteorológicos de %2 para el día %3 en el almacén</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n territory-day(s) stored from %1 station(s)</source>
        <translation>
            <numerusform>%n combinación territorio-día guardada a partir de %1 estación(es)</numerusform>
            <numerusform>%n combinaciones territorio-día guardadas a partir de %1 estación(es)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stations within %1 km, weighted by 1/distance^2: %2</source>
        <translation>Estaciones a menos de %1 km, ponderadas por 1/distancia^2: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each value from the nearest station within %1 km that reported it; nearest stations: %2</source>
        <translation>Cada valor procede de la estación más cercana a menos de %1 km que lo haya registrado; estaciones más cercanas: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No station within %1 km, nothing stored for: %2</source>
        <translation>Ninguna estación a menos de %1 km; no se ha guardado nada para: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n value(s) failed NOAA&apos;s quality checks (quality flag set) and were left out</source>
        <translation>
            <numerusform>%n valor no superó los controles de calidad de NOAA (indicador de calidad activado) y se ha descartado</numerusform>
            <numerusform>%n valores no superaron los controles de calidad de NOAA (indicador de calidad activado) y se han descartado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>temp_c is the mean of TMAX and TMIN; %n station-day(s) with only one of them have no temp_c</source>
        <translation>
            <numerusform>temp_c es la media de TMAX y TMIN; %n combinación estación-día con solo uno de los dos valores no tiene temp_c</numerusform>
            <numerusform>temp_c es la media de TMAX y TMIN; %n combinaciones estación-día con solo uno de los dos valores no tienen temp_c</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n territory-day(s) without wind_ms: the weighted gust came out below the weighted wind (different stations reported them)</source>
        <translation>
            <numerusform>%n combinación territorio-día sin wind_ms: la racha ponderada resultó inferior al viento medio ponderado (los registraron estaciones distintas)</numerusform>
            <numerusform>%n combinaciones territorio-día sin wind_ms: la racha ponderada resultó inferior al viento medio ponderado (los registraron estaciones distintas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no station lies within %1 km of any territory; raise --max-distance-km or check the stations&apos; coordinates</source>
        <translation>ninguna estación está a menos de %1 km de algún territorio; aumente --max-distance-km o compruebe las coordenadas de las estaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing new: the store already holds %1 weather for every territory and day of this file</source>
        <translation>nada nuevo: el almacén ya contiene datos meteorológicos de %1 para todos los territorios y días de este archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the stations in reach reported none of AWND, WSF2, WSF5, PRCP, SNOW, TMAX and TMIN</source>
        <translation>las estaciones al alcance no registraron ninguno de los elementos AWND, WSF2, WSF5, PRCP, SNOW, TMAX y TMIN</translation>
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
        <translation>décimas de m/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenths of C</source>
        <translation>décimas de C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenths of mm</source>
        <translation>décimas de mm</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has no column &apos;%1&apos; (columns: %2); order NOAA&apos;s GHCN-Daily CSV with the station name and the geographic location included</source>
        <translation>no tiene ninguna columna «%1» (columnas: %2); solicite el CSV GHCN-Daily de NOAA con el nombre de la estación y la ubicación geográfica incluidos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>has none of the GHCN-Daily elements AWND, WSF2, WSF5, PRCP, SNOW, TMAX, TMIN (columns: %1)</source>
        <translation>no tiene ninguno de los elementos GHCN-Daily AWND, WSF2, WSF5, PRCP, SNOW, TMAX, TMIN (columnas: %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no station</source>
        <translation>sin estación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a date; NOAA writes dates as yyyy-mm-dd</source>
        <translation>«%1» no es una fecha; NOAA escribe las fechas como yyyy-mm-dd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no latitude</source>
        <translation>sin latitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longitude</source>
        <translation>sin longitud</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>latitude %1 is outside -90..90</source>
        <translation>la latitud %1 está fuera de -90..90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude %1 is outside -180..180</source>
        <translation>la longitud %1 está fuera de -180..180</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 %2 = %3</source>
        <translation>%1 %2 = %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 %3 is below the average wind AWND %4 %3</source>
        <translation>%1 %2 %3 es inferior al viento medio AWND %4 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TMAX %1 %3 is below TMIN %2 %3</source>
        <translation>TMAX %1 %3 es inferior a TMIN %2 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>station %1 already has a row for %2 (line %3)</source>
        <translation>la estación %1 ya tiene una fila para la fecha %2 (línea %3)</translation>
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
    <name>stormcrew::GridWeatherImporter</name>
    <message>
        <location filename="../model/ingest/gridweatherimporter.cpp" line="+99"/>
        <source>the store holds no territories; import them first</source>
        <translation>el almacén no contiene territorios; impórtelos primero</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>band %1 has no valid time (no GRIB_VALID_TIME, or the 1970-01-01 placeholder; no NetCDF time with units); give --valid-time and, for several bands, --step-hours</source>
        <translation>la banda %1 no tiene hora de validez (no hay GRIB_VALID_TIME, o es el valor provisional 1970-01-01; no hay tiempo NetCDF con unidades); indique --valid-time y, si hay varias bandas, --step-hours</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>band %1 is in &apos;%2&apos;, which does not convert to %3; give the unit with --units</source>
        <translation>la banda %1 está en «%2», que no se puede convertir para %3; indique la unidad con --units</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>band %1, territory %2: %3</source>
        <translation>banda %1, territorio %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n territory-step(s) outside the grid or on nodata only; not stored</source>
        <translation>
            <numerusform>%n combinación territorio-paso fuera de la malla o solo sobre nodata; no se ha guardado</numerusform>
            <numerusform>%n combinaciones territorio-paso fuera de la malla o solo sobre nodata; no se han guardado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n grid(s) of %1 kept in the store for the map</source>
        <translation>
            <numerusform>%n cuadrícula de %1 guardada en el almacén para el mapa</numerusform>
            <numerusform>%n cuadrículas de %1 guardadas en el almacén para el mapa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per territory: the %2 over the grid cells it overlaps</source>
        <translation>%1 por territorio: %2 de las celdas de la malla que cubre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maximum</source>
        <translation>el máximo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coverage-weighted mean</source>
        <translation>la media ponderada por cobertura</translation>
    </message>
</context>
<context>
    <name>stormcrew::Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+62"/>
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
        <location line="+3"/>
        <source>Forecast hour the timeline opens at (default: the last), e.g. for --screenshot.</source>
        <translation>Hora del pronóstico en la que se abre la línea de tiempo (por defecto: la última), p. ej. para --screenshot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Open in training mode, on a copy of the store.</source>
        <translation>Abrir en modo de formación, sobre una copia del almacén.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past storm of the training exercise (code), with --training.</source>
        <translation>Tormenta pasada del ejercicio de formación (código), con --training.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee&apos;s call for the whole utility, with --training: outages and crews, e.g. 1200,40.</source>
        <translation>La estimación del alumno para toda la compañía, con --training: interrupciones y cuadrillas, p. ej. 1200,40.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outages,crews</source>
        <translation>interrupciones,cuadrillas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reveal the exercise after the call (--training-call), with --training.</source>
        <translation>Revelar el ejercicio tras la estimación (--training-call), con --training.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the storm replay on a stored storm (code or id), e.g. for --screenshot.</source>
        <translation>Abrir la repetición en una tormenta guardada (código o id), p. ej. para --screenshot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm</source>
        <translation>tormenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --replay: hours before the storm&apos;s first outage (default 48h).</source>
        <translation>Con --replay: horas antes de la primera interrupción de la tormenta (48h por defecto).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--size %1 is not of the form WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--size %1 no tiene la forma ANCHOxALTO, p. ej. 1600x1000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--theme %1 is not available; choose light or dark</source>
        <translation>--theme %1 no está disponible; elija light o dark</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--hour %1 is not a whole number of hours from 0, e.g. --hour 12</source>
        <translation>--hour %1 no es un número entero de horas desde 0, p. ej. --hour 12</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--lead %1: expected hours from 0 to 720 such as 48h, with --replay STORM</source>
        <translation>--lead %1: se esperaban horas de 0 a 720, como 48h, con --replay TORMENTA</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--training-call %1 is not outages and crews from 0 up, e.g. --training-call 1200,40</source>
        <translation>--training-call %1 no son interrupciones y cuadrillas desde 0, p. ej. --training-call 1200,40</translation>
    </message>
</context>
<context>
    <name>stormcrew::ImportReport</name>
    <message>
        <location filename="../model/ingest/importreport.cpp" line="+72"/>
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
        <location line="+2"/>
        <source>Unknown depot</source>
        <translation>Base operativa desconocida</translation>
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
        <location line="+30"/>
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
        <location line="+30"/>
        <source>%1: %2 accepted, %3 rejected</source>
        <translation>%1: %2 aceptadas, %3 rechazadas</translation>
    </message>
</context>
<context>
    <name>stormcrew::IncidentImporter</name>
    <message>
        <location filename="../model/ingest/incidentimporter.cpp" line="+53"/>
        <source>incident</source>
        <translation>incidencias</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has only one of the columns &apos;%1&apos; and &apos;%2&apos;; map both with --map lat=... --map lon=...</source>
        <translation>solo tiene una de las columnas «%1» y «%2»; asigne ambas con --map lat=... --map lon=...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has neither coordinates (lat, lon) nor a territory column; map them with --map lat=... --map lon=... or --territory-field COLUMN (its columns are: %1)</source>
        <translation>no tiene ni coordenadas (lat, lon) ni columna de territorio; asígnelas con --map lat=... --map lon=... o --territory-field COLUMNA (sus columnas son: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the store holds no territory yet; import territories first (stormcrew-cli import territories FILE)</source>
        <translation>el almacén todavía no contiene ningún territorio; importe primero los territorios (stormcrew-cli import territories ARCHIVO)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the incident id is empty</source>
        <translation>el identificador de la incidencia está vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incident %1 appears more than once</source>
        <translation>la incidencia %1 aparece más de una vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the start time is empty</source>
        <translation>la hora de inicio está vacía</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>restored (%1) before it started (%2)</source>
        <translation>restablecida (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 customers is impossible</source>
        <translation>%1 clientes es un valor imposible</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 is not a longitude, latitude in degrees</source>
        <translation>%1, %2 no es una longitud, latitud en grados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2 (lon, lat) lies in no territory</source>
        <translation>%1, %2 (lon, lat) no está en ningún territorio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>territory &apos;%1&apos; is not in the store</source>
        <translation>el territorio «%1» no está en el almacén</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no coordinates and no territory code</source>
        <translation>sin coordenadas ni código de territorio</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>incident %1 could not be written: %2</source>
        <translation>no se pudo escribir la incidencia %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored as source &apos;%1&apos;.</source>
        <translation>Incidencias guardadas con la fuente «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) without coordinates placed by their territory code.</source>
        <translation>
            <numerusform>%n incidencia sin coordenadas ubicada por su código de territorio.</numerusform>
            <numerusform>%n incidencias sin coordenadas ubicadas por su código de territorio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::MappedTable</name>
    <message>
        <location filename="../model/ingest/mappedtable.cpp" line="+12"/>
        <source>--map %1=%2: &apos;%1&apos; is not a field of the %3 table; the fields are: %4</source>
        <translation>--map %1=%2: «%1» no es un campo de la tabla de %3; los campos son: %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>has no column &apos;%1&apos; for the %2 %3; map one with --map %3=COLUMN (its columns are: %4)</source>
        <translation>no tiene columna «%1» para el campo %3 de la tabla de %2; asigne una con --map %3=COLUMNA (sus columnas son: %4)</translation>
    </message>
</context>
<context>
    <name>stormcrew::ModelCodec</name>
    <message>
        <location filename="../model/engine/modelcodec.cpp" line="+49"/>
        <source>the stored model is damaged: %1</source>
        <translation>el modelo guardado está dañado: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unknown term &apos;%1&apos;</source>
        <translation>término desconocido «%1»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 terms but %2 coefficients</source>
        <translation>%1 términos pero %2 coeficientes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown feature in the contract</source>
        <translation>variable desconocida en el contrato</translation>
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
    <name>stormcrew::ModelRegistry</name>
    <message>
        <location filename="../model/engine/modelregistry.cpp" line="+43"/>
        <source>the store is open read-only (--read-only); the model cannot be saved</source>
        <translation>el almacén está abierto en solo lectura (--read-only); el modelo no se puede guardar</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>no model %1 in this store; `stormcrew-cli models list` shows the models</source>
        <translation>no hay ningún modelo %1 en este almacén; `stormcrew-cli models list` muestra los modelos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>model %1: %2</source>
        <translation>modelo %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no active model in this store; train one with `stormcrew-cli train --activate`</source>
        <translation>no hay ningún modelo activo en este almacén; entrene uno con `stormcrew-cli train --activate`</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>model %1 failed its contract (%2 lowered predictions) and cannot be activated; retrain it, or look at `stormcrew-cli models show %1`</source>
        <translation>el modelo %1 incumplió su contrato (%2 redujo predicciones) y no se puede activar; vuelva a entrenarlo o consulte `stormcrew-cli models show %1`</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the store is open read-only (--read-only); no model can be activated</source>
        <translation>el almacén está abierto en solo lectura (--read-only); no se puede activar ningún modelo</translation>
    </message>
</context>
<context>
    <name>stormcrew::ModelTerms</name>
    <message>
        <location filename="../model/engine/modelterms.cpp" line="+99"/>
        <source>peak gust</source>
        <translation>racha máxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sustained wind</source>
        <translation>viento sostenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours of damaging gusts</source>
        <translation>horas de rachas dañinas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>storm rain</source>
        <translation>lluvia de la tormenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ground wetness (14 days)</source>
        <translation>humedad del suelo (14 días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ground wetness (30 days)</source>
        <translation>humedad del suelo (30 días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days since rain</source>
        <translation>días desde la lluvia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaf-on</source>
        <translation>follaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snow and ice</source>
        <translation>nieve y hielo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tree canopy</source>
        <translation>cubierta arbórea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years since trimming</source>
        <translation>años desde la poda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gust with leaves on</source>
        <translation>racha con follaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gust with canopy</source>
        <translation>racha con cubierta arbórea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gust on wet ground</source>
        <translation>racha sobre suelo húmedo</translation>
    </message>
</context>
<context>
    <name>stormcrew::NdviImporter</name>
    <message>
        <location filename="../model/ingest/ndviimporter.cpp" line="+58"/>
        <source>give the day the composite stands for with --date YYYY-MM-DD</source>
        <translation>indique con --date AAAA-MM-DD el día que representa la composición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--scale must be a finite number other than 0</source>
        <translation>--scale debe ser un número finito distinto de 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--offset must be a finite number</source>
        <translation>--offset debe ser un número finito</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>band %1 declares scale %2 and offset %3, which cannot be applied; give --scale and --offset</source>
        <translation>la banda %1 declara la escala %2 y el desplazamiento %3, que no se pueden aplicar; indique --scale y --offset</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>band %1 reaches %2 over territory %3, outside NDVI&apos;s -1..1, and the raster declares no scale: NDVI stored as integers is scaled (MODIS and Sentinel-2 store NDVI x 10,000: add --scale 0.0001)</source>
        <translation>la banda %1 llega a %2 sobre el territorio %3, fuera del intervalo -1..1 del NDVI, y el ráster no declara escala: el NDVI guardado como enteros está escalado (MODIS y Sentinel-2 guardan NDVI x 10.000: añada --scale 0.0001)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>band %1 gives NDVI %2 over territory %3 (scale %4, offset %5), outside -1..1; check --band, --scale and --offset</source>
        <translation>la banda %1 da un NDVI de %2 sobre el territorio %3 (escala %4, desplazamiento %5), fuera de -1..1; compruebe --band, --scale y --offset</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>the raster (%1, %2 x %3 pixels) covers none of the %n territory(ies) with valid pixels; check its extent, CRS and nodata value</source>
        <translation>
            <numerusform>el ráster (%1, %2 x %3 píxeles) no cubre con píxeles válidos el único territorio del almacén (%n); compruebe su extensión, su SRC y su valor nodata</numerusform>
            <numerusform>el ráster (%1, %2 x %3 píxeles) no cubre con píxeles válidos ninguno de los %n territorios; compruebe su extensión, su SRC y su valor nodata</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from the command line</source>
        <translation>de la línea de órdenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the raster&apos;s metadata</source>
        <translation>de los metadatos del ráster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none declared</source>
        <translation>ninguno declarado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composite of %1, band %2: NDVI = value x %3 + %4 (%5); territory means from %6 to %7.</source>
        <translation>Composición del %1, banda %2: NDVI = valor x %3 + %4 (%5); medias de los territorios de %6 a %7.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n territory(ies) have no valid pixel in this raster (clouds, water or outside it): recorded without a value where the date held none</source>
        <translation>
            <numerusform>%n territorio no tiene ningún píxel válido en este ráster (nubes, agua o fuera de él): se registra sin valor si la fecha no tenía ninguno</numerusform>
            <numerusform>%n territorios no tienen ningún píxel válido en este ráster (nubes, agua o fuera de él): se registran sin valor si la fecha no tenía ninguno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The store holds NDVI of %n date(s), from %1 to %2.</source>
        <translation>
            <numerusform>El almacén contiene NDVI de %n fecha, del %1 al %2.</numerusform>
            <numerusform>El almacén contiene NDVI de %n fechas, del %1 al %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::OutageEngine</name>
    <message>
        <location filename="../model/engine/outageengine.cpp" line="+25"/>
        <source>no storm &apos;%1&apos; in this store; `stormcrew-cli storms list` lists them</source>
        <translation>no hay ninguna tormenta «%1» en este almacén; `stormcrew-cli storms list` las enumera</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the store is open read-only (--read-only); the prediction is not recorded</source>
        <translation>el almacén está abierto en solo lectura (--read-only); la predicción no se registra</translation>
    </message>
</context>
<context>
    <name>stormcrew::Pooling</name>
    <message>
        <location filename="../model/stats/pooling.cpp" line="+247"/>
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
    <name>stormcrew::PredictionExport</name>
    <message>
        <location filename="../model/engine/predictionexport.cpp" line="+178"/>
        <source>unknown file type &apos;.%1&apos;: name the file .csv, .json or .geojson</source>
        <translation>tipo de archivo desconocido «.%1»: nombre el archivo .csv, .json o .geojson</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the file: %1</source>
        <translation>no se puede escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::Predictor</name>
    <message>
        <location filename="../model/engine/predictor.cpp" line="+160"/>
        <source>this territory&apos;s history</source>
        <translation>el historial de este territorio</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>no prediction for %1 of %2 territories: inputs missing</source>
        <translation>sin predicción para %1 de %2 territorios: faltan datos de entrada</translation>
    </message>
</context>
<context>
    <name>stormcrew::RasterImporter</name>
    <message>
        <location filename="../model/ingest/rasterimporter.cpp" line="+80"/>
        <source>&apos;%1&apos; is not a usable name for --as: use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (canopy, ndvi, elevation, ...)</source>
        <translation>«%1» no es un nombre válido para --as: use letras, dígitos, «_», «.» o «-», empezando por una letra (canopy, ndvi, elevation, ...)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--scale must be a finite number other than 0</source>
        <translation>--scale debe ser un número finito distinto de 0</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>has %n band(s); --band %1 does not exist</source>
        <translation>
            <numerusform>tiene %n banda; --band %1 no existe</numerusform>
            <numerusform>tiene %n bandas; --band %1 no existe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the store holds no territories; import them first (stormcrew-cli import territories FILE)</source>
        <translation>el almacén no contiene territorios; impórtelos primero (stormcrew-cli import territories ARCHIVO)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>canopy values reach %1, which looks like percent (0-100); add --scale 0.01</source>
        <translation>los valores de cobertura arbórea (canopy) llegan a %1, lo que parece un porcentaje (0-100); añada --scale 0.01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>canopy values reach %1, but canopy is a fraction of area (0-1); give --scale to convert them</source>
        <translation>los valores de cobertura arbórea (canopy) llegan a %1, pero la cobertura es una fracción de la superficie (0-1); indique --scale para convertirlos</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n territory(ies) not covered by valid pixels of the raster; their figures are left unchanged</source>
        <translation>
            <numerusform>%n territorio no cubierto por píxeles válidos del ráster; sus cifras no se modifican</numerusform>
            <numerusform>%n territorios no cubiertos por píxeles válidos del ráster; sus cifras no se modifican</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the raster (%1, %2 x %3 pixels) covers none of the %n territory(ies) with valid pixels; check its extent and CRS</source>
        <translation>
            <numerusform>el ráster (%1, %2 x %3 píxeles) no cubre con píxeles válidos el único territorio del almacén (%n); compruebe su extensión y su SRC</numerusform>
            <numerusform>el ráster (%1, %2 x %3 píxeles) no cubre con píxeles válidos ninguno de los %n territorios; compruebe su extensión y su SRC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::ReplayController</name>
    <message>
        <location filename="../ui/replay/replaycontroller.cpp" line="+101"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the store…</source>
        <translation>Abriendo el almacén…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaying %1: the prediction as of %2 h before the first outage, then the crew plans against what happened…</source>
        <translation>Repitiendo %1: la predicción de %2 h antes de la primera interrupción y luego los planes de cuadrillas frente a lo que ocurrió…</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Nothing to export yet: replay a storm first.</source>
        <translation>Aún no hay nada que exportar: repita primero una tormenta.</translation>
    </message>
</context>
<context>
    <name>stormcrew::ReplayVariants</name>
    <message numerus="yes">
        <location filename="../ui/replay/replayvariants.cpp" line="+61"/>
        <source>%1 — %2 (%n outages)</source>
        <translation>
            <numerusform>%1 — %2 (%n interrupción)</numerusform>
            <numerusform>%1 — %2 (%n interrupciones)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Model %1 (version %2, trained %3, active)</source>
        <translation>Modelo %1 (versión %2, entrenado %3, activo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model %1 (version %2, trained %3)</source>
        <translation>Modelo %1 (versión %2, entrenado %3)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Model&apos;s plan, as planned</source>
        <translation>Plan del modelo, tal como se planificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model&apos;s plan, dispatched to the outages</source>
        <translation>Plan del modelo, despachado a las interrupciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews actually deployed</source>
        <translation>Cuadrillas realmente desplegadas</translation>
    </message>
</context>
<context>
    <name>stormcrew::StationAssignment</name>
    <message>
        <location filename="../model/ingest/stationassignment.cpp" line="+39"/>
        <source>the territory&apos;s outline cannot be read</source>
        <translation>no se puede leer el contorno del territorio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the territory&apos;s outline is empty</source>
        <translation>el contorno del territorio está vacío</translation>
    </message>
</context>
<context>
    <name>stormcrew::Store</name>
    <message>
        <location filename="../model/store/store.cpp" line="+69"/>
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
        <location line="+6"/>
        <location line="+88"/>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>is damaged and cannot be read (%1); restore it from a backup</source>
        <translation>está dañado y no se puede leer (%1); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>failed its integrity check (%1); restore it from a backup</source>
        <translation>no ha superado la comprobación de integridad (%1); restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+52"/>
        <source>is open read-only (--read-only); nothing can be written to it</source>
        <translation>está abierto en solo lectura (--read-only); no se puede escribir nada en él</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>stormcrew::StormImporter</name>
    <message>
        <location filename="../model/ingest/stormimporter.cpp" line="+45"/>
        <source>has neither a &apos;code&apos; nor a &apos;name&apos; column; map one with --map code=COLUMN (its columns are: %1)</source>
        <translation>no tiene ni columna «code» ni columna «name»; asigne una con --map code=COLUMNA (sus columnas son: %1)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>storm</source>
        <translation>tormentas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the storm has neither code nor name</source>
        <translation>la tormenta no tiene ni código ni nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>storm %1 appears more than once</source>
        <translation>la tormenta %1 aparece más de una vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a storm kind; the kinds are: %2</source>
        <translation>«%1» no es un tipo de tormenta; los tipos son: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the %1 time is empty</source>
        <translation>el campo de hora %1 está vacío</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ends (%1) before it starts (%2)</source>
        <translation>termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>storm %1 could not be written: %2</source>
        <translation>no se pudo escribir la tormenta %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 incidents linked to these storms.</source>
        <translation>%1 incidencias vinculadas a estas tormentas.</translation>
    </message>
</context>
<context>
    <name>stormcrew::StormRepository</name>
    <message>
        <location filename="../model/store/stormrepository.cpp" line="+41"/>
        <source>is open read-only; saving storms needs write access</source>
        <translation>está abierto en solo lectura; para guardar tormentas se necesita acceso de escritura</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Storm of %1</source>
        <translation>Tormenta del %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storm of %1 to %2</source>
        <translation>Tormenta del %1 al %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 storms saved, %2 incidents linked</source>
        <translation>%1 tormentas guardadas, %2 incidencias vinculadas</translation>
    </message>
</context>
<context>
    <name>stormcrew::TerritoryImporter</name>
    <message>
        <location filename="../model/ingest/territoryimporter.cpp" line="+86"/>
        <source>has no field &apos;%1&apos; for --id-field; its fields are: %2</source>
        <translation>no tiene ningún campo «%1» para --id-field; sus campos son: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no field &apos;%1&apos; for --name-field; its fields are: %2</source>
        <translation>no tiene ningún campo «%1» para --name-field; sus campos son: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No --id-field given and no &apos;code&apos; or &apos;id&apos; field: the feature ids are the territory codes.</source>
        <translation>No se indicó --id-field y no hay ningún campo «code» ni «id»: los identificadores de las entidades son los códigos de territorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asset columns taken from the layer: %1.</source>
        <translation>Columnas de activos tomadas de la capa: %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the territory code is empty</source>
        <translation>el código de territorio está vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>territory %1 appears more than once</source>
        <translation>el territorio %1 aparece más de una vez</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>territory %1 has no geometry</source>
        <translation>el territorio %1 no tiene geometría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>territory %1 is a %2, not a polygon</source>
        <translation>el territorio %1 es de tipo %2, no un polígono</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the outline of territory %1 is invalid and could not be repaired</source>
        <translation>el contorno del territorio %1 no es válido y no se pudo reparar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>territory %1 could not be written: %2</source>
        <translation>no se pudo escribir el territorio %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>layer &apos;%1&apos; holds no feature</source>
        <translation>la capa «%1» no contiene ninguna entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feature of layer &apos;%1&apos; matches --where &quot;%2&quot;</source>
        <translation>ninguna entidad de la capa «%1» cumple --where &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n invalid outline(s) repaired with MakeValid: %1</source>
        <translation>
            <numerusform>%n contorno no válido reparado con MakeValid: %1</numerusform>
            <numerusform>%n contornos no válidos reparados con MakeValid: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n territory(ies) without a name: the code is used as the name.</source>
        <translation>
            <numerusform>%n territorio sin nombre: se usa el código como nombre.</numerusform>
            <numerusform>%n territorios sin nombre: se usa el código como nombre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::TerritoryIndex</name>
    <message>
        <location filename="../model/ingest/territoryindex.cpp" line="+95"/>
        <source>the outline of territory %1 in the store cannot be read; import the territories again</source>
        <translation>no se puede leer el contorno del territorio %1 en el almacén; vuelva a importar los territorios</translation>
    </message>
</context>
<context>
    <name>stormcrew::TerritoryTableModel</name>
    <message>
        <location filename="../ui/forecast/territorytablemodel.cpp" line="+92"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Esperadas</translation>
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
        <translation>Por 1.000 clientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>stormcrew::TimeParser</name>
    <message>
        <location filename="../model/ingest/timeparser.cpp" line="+13"/>
        <source>&apos;%1&apos; is not a time zone this system knows; give an IANA name such as America/New_York or UTC</source>
        <translation>«%1» no es una zona horaria conocida por este sistema; indique un nombre IANA como America/New_York o UTC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not an ISO 8601 time such as 2023-03-03T18:05:00Z</source>
        <translation>«%1» no es una hora ISO 8601 como 2023-03-03T18:05:00Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; has no time zone; add Z or an offset, or give --timezone</source>
        <translation>«%1» no tiene zona horaria; añada Z o un desfase, o indique --timezone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; does not exist in %2 (the clocks jumped forward)</source>
        <translation>«%1» no existe en la zona horaria %2 (se adelantaron los relojes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; happens twice in %2 (the clocks went back); add an offset</source>
        <translation>«%1» ocurre dos veces en la zona horaria %2 (se atrasaron los relojes); añada un desfase</translation>
    </message>
</context>
<context>
    <name>stormcrew::TimelineController</name>
    <message>
        <location filename="../ui/forecast/timelinecontroller.cpp" line="+217"/>
        <source>Observed +%1 h of %2</source>
        <translation>Observado +%1 h de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T+%1 h of %2</source>
        <translation>T+%1 h de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 outages so far (P10–P90 %3–%4)</source>
        <translation>%1: %2 interrupciones hasta ahora (P10–P90 %3–%4)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: %2 outages so far here (P10–P90 %3–%4)</source>
        <translation>%1: %2 interrupciones hasta ahora aquí (P10–P90 %3–%4)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Plan: %1 customers out so far; restoration starts at the all-clear, in %2 h</source>
        <translation>Plan: %1 clientes sin servicio hasta ahora; el restablecimiento empieza con el fin de la alerta, dentro de %2 h</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Plan, %1 h after the all-clear: %2 customers still out, %3 % restored, %n crew(s) in the field</source>
        <translation>
            <numerusform>Plan, %1 h tras el fin de la alerta: %2 clientes aún sin servicio, %3 % restablecido, %n cuadrilla en campo</numerusform>
            <numerusform>Plan, %1 h tras el fin de la alerta: %2 clientes aún sin servicio, %3 % restablecido, %n cuadrillas en campo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::TrackImporter</name>
    <message>
        <location filename="../model/ingest/trackimporter.cpp" line="+53"/>
        <source>holds no storm &apos;%1&apos;; it holds: %2</source>
        <translation>no contiene la tormenta &apos;%1&apos;; contiene: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format: %1.</source>
        <translation>Formato: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n best track(s)</source>
        <translation>
            <numerusform>%n trayectoria observada</numerusform>
            <numerusform>%n trayectorias observadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n forecast track(s)</source>
        <translation>
            <numerusform>%n trayectoria pronosticada</numerusform>
            <numerusform>%n trayectorias pronosticadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 no se pudo escribir: %2</translation>
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
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>has %1 fields; an ATCF line has at least basin, number, time, minutes, technique, tau, latitude and longitude</source>
        <translation>tiene %1 campos; una línea ATCF tiene al menos cuenca, número, hora, minutos, técnica, tau, latitud y longitud</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a UTC time YYYYMMDDHH</source>
        <translation>&apos;%1&apos; no es una hora UTC AAAAMMDDHH</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1, %2&apos; is not a basin and cyclone number such as &apos;AL, 09&apos;</source>
        <translation>&apos;%1, %2&apos; no es una cuenca y un número de ciclón como &apos;AL, 09&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a position in tenths of a degree such as 272N or 841W</source>
        <translation>&apos;%1&apos; no es una posición en décimas de grado como 272N o 841W</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>wind radii of %1 kt: the thresholds are 34, 50 and 64 kt</source>
        <translation>radios de viento de %1 kt: los umbrales son 34, 50 y 64 kt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>repeats line %1 (same storm, technique, time and wind-radii threshold)</source>
        <translation>repite la línea %1 (misma tormenta, técnica, hora y umbral de radios de viento)</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n line(s) of other techniques skipped (%1); only BEST and OFCL are imported.</source>
        <translation>
            <numerusform>%n línea de otras técnicas omitida (%1); solo se importan BEST y OFCL.</numerusform>
            <numerusform>%n líneas de otras técnicas omitidas (%1); solo se importan BEST y OFCL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/ingest/hurdat2reader.cpp" line="+29"/>
        <source>has %1 fields, a HURDAT2 data line has at least %2 (date, time, record, status, latitude, longitude, wind, pressure, 12 wind radii)</source>
        <translation>tiene %1 campos, una línea de datos HURDAT2 tiene al menos %2 (fecha, hora, registro, estado, latitud, longitud, viento, presión, 12 radios de viento)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1, %2&apos; is not a date YYYYMMDD and a UTC time HHMM</source>
        <translation>&apos;%1, %2&apos; no es una fecha AAAAMMDD y una hora UTC HHMM</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a %2 such as %3</source>
        <translation>&apos;%1&apos; no es una %2 como %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a number; write -999 when unknown</source>
        <translation>&apos;%1&apos; no es un número; escriba -999 si se desconoce</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>the header of %1 (line %2) announces %n more data line(s) than follow it; fix the count or add the lines</source>
        <translation>
            <numerusform>la cabecera de %1 (línea %2) anuncia %n línea de datos más de las que la siguen; corrija el número o añada las líneas</numerusform>
            <numerusform>la cabecera de %1 (línea %2) anuncia %n líneas de datos más de las que la siguen; corrija el número o añada las líneas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a data line outside any storm: the storm&apos;s header line (e.g. &apos;AL092024, HELENE, 25,&apos;) is missing or announces fewer lines</source>
        <translation>una línea de datos fuera de toda tormenta: falta la cabecera de la tormenta (p. ej. &apos;AL092024, HELENE, 25,&apos;) o anuncia menos líneas</translation>
    </message>
    <message>
        <location filename="../model/ingest/trackjsonreader.cpp" line="-55"/>
        <source>&apos;%1&apos; is not a date YYYYMMDD with a time_utc HHMM</source>
        <translation>&apos;%1&apos; no es una fecha AAAAMMDD con una time_utc HHMM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing; every fix needs it</source>
        <translation>falta; toda posición lo necesita</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is -999; every fix needs a position</source>
        <translation>es -999; toda posición necesita coordenadas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>is not valid JSON: %1</source>
        <translation>no es JSON válido: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>storm %1 has no id such as &apos;AL092024_Helene&apos; or no &apos;data&apos; list of fixes; the file must be a list of {id, data} storms</source>
        <translation>la tormenta %1 no tiene un id como &apos;AL092024_Helene&apos; o no tiene una lista &apos;data&apos; de posiciones; el archivo debe ser una lista de tormentas {id, data}</translation>
    </message>
    <message>
        <location filename="../model/ingest/trackreader.cpp" line="+70"/>
        <source>latitude %1 is outside -90..90</source>
        <translation>la latitud %1 está fuera de -90..90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longitude %1 is outside -180..180</source>
        <translation>la longitud %1 está fuera de -180..180</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maximum wind %1 kt is outside 0..250 kt; write -999 when unknown</source>
        <translation>el viento máximo de %1 kt está fuera de 0..250 kt; escriba -999 si se desconoce</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>central pressure %1 hPa is outside 850..1100 hPa; write -999 when unknown</source>
        <translation>la presión central de %1 hPa está fuera de 850..1100 hPa; escriba -999 si se desconoce</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>radius of maximum wind %1 n mi is not positive</source>
        <translation>el radio de viento máximo de %1 mn no es positivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1-kt radius %2 n mi is negative</source>
        <translation>el radio de %1 kt de %2 mn es negativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1-kt radius (%2 n mi) reaches beyond the %3-kt radius (%4 n mi) in the %5 quadrant; stronger winds lie inside weaker ones</source>
        <translation>el radio de %1 kt (%2 mn) va más allá del radio de %3 kt (%4 mn) en el cuadrante %5; los vientos más fuertes están dentro de los más débiles</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has a second fix at %2; keep one line per time</source>
        <translation>%1 tiene una segunda posición a las %2; deje una línea por hora</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>is not a track file this version reads: expected HURDAT2 text (a header such as &apos;AL092024, HELENE, 25,&apos;), ATCF a-deck or b-deck lines (&apos;AL, 09, 2024092612, ...&apos;) or the HURDAT2 JSON form (a list of storms); the first line is &apos;%1&apos;</source>
        <translation>no es un archivo de trayectorias que esta versión lea: se esperaba texto HURDAT2 (una cabecera como &apos;AL092024, HELENE, 25,&apos;), líneas ATCF a-deck o b-deck (&apos;AL, 09, 2024092612, ...&apos;) o la forma JSON de HURDAT2 (una lista de tormentas); la primera línea es &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty; expected a HURDAT2, ATCF or HURDAT2 JSON track file</source>
        <translation>está vacío; se esperaba un archivo de trayectorias HURDAT2, ATCF o HURDAT2 JSON</translation>
    </message>
</context>
<context>
    <name>stormcrew::Trainer</name>
    <message>
        <location filename="../model/engine/trainer.cpp" line="+121"/>
        <source>the fit did not converge in %1 iterations</source>
        <translation>el ajuste no convergió en %1 iteraciones</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>no model term is left to fit</source>
        <translation>no queda ningún término del modelo que ajustar</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingController</name>
    <message>
        <location filename="../ui/training/trainingcontroller.cpp" line="+72"/>
        <source>No store is open, so there is nothing to train on.</source>
        <translation>No hay ningún almacén abierto, así que no hay nada con qué formarse.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>This storm has been revealed; its call can no longer be changed.</source>
        <translation>Esta tormenta ya se ha revelado; su estimación ya no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter and save the call first: the reveal shows the model and the outcome beside it.</source>
        <translation>Introduzca y guarde primero la estimación: la revelación muestra el modelo y el resultado a su lado.</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingEnvelopes</name>
    <message>
        <location filename="../model/engine/trainingenvelope.cpp" line="+26"/>
        <source>strongest gust (m/s)</source>
        <translation>racha más fuerte (m/s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean peak gust (m/s)</source>
        <translation>racha máxima media (m/s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean hours of damaging gusts</source>
        <translation>media de horas de rachas dañinas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaf-on</source>
        <translation>follaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean 14-day rain (mm)</source>
        <translation>lluvia media de 14 días (mm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean storm rain (mm)</source>
        <translation>lluvia media de la tormenta (mm)</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>%1 is %2, outside every past storm the model learnt from (%3 to %4)</source>
        <translation>%1 es %2, fuera de todas las tormentas pasadas con las que aprendió el modelo (de %3 a %4)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is outside the training range in %2 of %3 territories</source>
        <translation>%1 está fuera del rango de entrenamiento en %2 de %3 territorios</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingReport</name>
    <message>
        <location filename="../ui/training/trainingreport.cpp" line="+48"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <translation>Sesión de formación sobre una copia de %1; el almacén operativo no se ha modificado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stormcrew %1 · page %2</source>
        <translation>Stormcrew %1 · página %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>trainee</source>
        <translation>alumno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storms</source>
        <translation>Tormentas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Storm</source>
        <translation>Tormenta</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Trainee
outages</source>
        <translation>Cortes
del alumno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainee
crews</source>
        <translation>Cuadrillas
del alumno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model
outages</source>
        <translation>Cortes
del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual
outages</source>
        <translation>Cortes
reales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crews
deployed</source>
        <translation>Cuadrillas
desplegadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainee
error</source>
        <translation>Error
del alumno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model
error</source>
        <translation>Error
del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Closer</source>
        <translation>Más cerca</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean absolute error</source>
        <translation>Error absoluto medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean relative error</source>
        <translation>Error relativo medio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within 20 %</source>
        <translation>A menos del 20 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Trainee</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Calls by depot group</source>
        <translation>Estimaciones por grupo de depósito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainee error</source>
        <translation>Error del alumno</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+38"/>
        <source>cannot be written: %1; choose another folder</source>
        <translation>no se puede escribir: %1; elija otra carpeta</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+4"/>
        <source>Training session report</source>
        <translation>Informe de la sesión de formación</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Generated %1 by %2 · %n storm(s) revealed · calls made 48 h before each storm&apos;s first outage, with what was known then</source>
        <translation>
            <numerusform>Generado el %1 por %2 · %n tormenta revelada · estimaciones hechas 48 h antes de la primera interrupción de cada tormenta, con lo que se sabía entonces</numerusform>
            <numerusform>Generado el %1 por %2 · %n tormentas reveladas · estimaciones hechas 48 h antes de la primera interrupción de cada tormenta, con lo que se sabía entonces</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No storm was revealed in this session.</source>
        <translation>En esta sesión no se ha revelado ninguna tormenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points for discussion</source>
        <translation>Puntos para comentar</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingSetBuilder</name>
    <message>
        <location filename="../model/engine/trainingset.cpp" line="+92"/>
        <source>no past storm with recorded outages and overhead line lengths to learn from; import storms, their incidents or outcomes, and assets first</source>
        <translation>no hay ninguna tormenta pasada con interrupciones registradas y longitudes de línea aérea de la que aprender; importe primero tormentas, sus incidencias o resultados, y los activos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 left out: its inputs are missing for %2 of %3 storm-territory rows</source>
        <translation>%1 excluido: faltan sus datos de entrada en %2 de %3 filas tormenta-territorio</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 storm-territory rows left out for missing inputs</source>
        <translation>%1 filas tormenta-territorio excluidas por falta de datos de entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 past storm(s) with complete inputs; a model needs at least 3 (and learns well from 20 or more)</source>
        <translation>%1 tormenta(s) pasada(s) con datos completos; un modelo necesita al menos 3 (y aprende bien con 20 o más)</translation>
    </message>
</context>
<context>
    <name>stormcrew::TrainingStarter</name>
    <message>
        <location filename="../ui/training/trainingstarter.cpp" line="+34"/>
        <source>The store has no past storm with recorded outcomes; import storms and their outcomes or incidents first.</source>
        <translation>El almacén no tiene tormentas pasadas con resultados registrados; importe primero tormentas y sus resultados o incidencias.</translation>
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
        <translation>no existe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not a vector file GDAL can read (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, CSV, ...)</source>
        <translation>no es un archivo vectorial que GDAL pueda leer (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, CSV, ...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read as a vector file: %1</source>
        <translation>no se puede leer como archivo vectorial: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>holds no layer</source>
        <translation>no contiene ninguna capa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has %1 layers (%2); the first one was read. Choose another with --layer.</source>
        <translation>El archivo tiene %1 capas (%2); se ha leído la primera. Elija otra con --layer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no layer &apos;%1&apos;; its layers are: %2</source>
        <translation>no tiene ninguna capa «%1»; sus capas son: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the filter --where &quot;%1&quot; is not valid for this layer: %2 (its fields are: %3)</source>
        <translation>el filtro --where &quot;%1&quot; no es válido para esta capa: %2 (sus campos son: %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--crs %1 is not a coordinate reference system GDAL knows; give it as EPSG:code</source>
        <translation>--crs %1 no es un sistema de referencia de coordenadas conocido por GDAL; indíquelo como EPSG:código</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--crs %1 replaced the layer&apos;s own CRS (%2).</source>
        <translation>--crs %1 ha sustituido al SRC propio de la capa (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>layer &apos;%1&apos; has no coordinate reference system; give it with --crs EPSG:code, or assign one to the file with ogr2ogr -a_srs EPSG:code out.gpkg %2</source>
        <translation>la capa «%1» no tiene sistema de referencia de coordenadas; indíquelo con --crs EPSG:código o asígnele uno al archivo con ogr2ogr -a_srs EPSG:código out.gpkg %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be reprojected from %1 to WGS 84: %2</source>
        <translation>no se puede reproyectar de %1 a WGS 84: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>text is not UTF-8; convert the file first, e.g. iconv -f WINDOWS-1252 -t UTF-8</source>
        <translation>el texto no está en UTF-8; convierta antes el archivo, p. ej. iconv -f WINDOWS-1252 -t UTF-8</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot be reprojected from %1 to WGS 84</source>
        <translation>no se puede reproyectar de %1 a WGS 84</translation>
    </message>
</context>
<context>
    <name>stormcrew::WeatherBulkLoad</name>
    <message>
        <location filename="../model/ingest/weatherbulkload.cpp" line="+152"/>
        <source>has no weather_key index on the weather table; the store is damaged (restore a backup)</source>
        <translation>no tiene el índice weather_key en la tabla weather; el almacén está dañado (restaure una copia de seguridad)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>rebuilding the weather index failed (%1); nothing was imported</source>
        <translation>la reconstrucción del índice de datos meteorológicos ha fallado (%1); no se importó nada</translation>
    </message>
</context>
<context>
    <name>stormcrew::WeatherCsvImporter</name>
    <message>
        <location filename="../model/ingest/weathercsvimporter.cpp" line="+90"/>
        <source>--units &apos;%1&apos;: write field=unit, e.g. gust=mph,wind=kt,precip=in (fields: gust, wind, precip, temp, snow, ice)</source>
        <translation>--units «%1»: escriba campo=unidad, p. ej. gust=mph,wind=kt,precip=in (campos: gust, wind, precip, temp, snow, ice)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--units &apos;%1&apos;: unknown unit for %2</source>
        <translation>--units «%1»: unidad desconocida para %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--map &apos;%1&apos;: write name=column with a name among %2</source>
        <translation>--map «%1»: escriba nombre=columna con un nombre entre %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is not UTF-8 text; convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.csv &gt; out.csv</source>
        <translation>no es texto UTF-8; conviértalo antes, p. ej. iconv -f WINDOWS-1252 -t UTF-8 in.csv &gt; out.csv</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>has no column &apos;%1&apos; (columns: %2); name the right one with --map %1=COLUMN</source>
        <translation>no tiene ninguna columna «%1» (columnas: %2); indique la correcta con --map %1=COLUMNA</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>has no weather column (gust_ms, wind_ms, precip_mm, temp_c, snow_mm, ice_mm); columns: %1; use --map to name them</source>
        <translation>no tiene ninguna columna meteorológica (gust_ms, wind_ms, precip_mm, temp_c, snow_mm, ice_mm); columnas: %1; use --map para indicarlas</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no territory</source>
        <translation>sin territorio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a territory in the store</source>
        <translation>«%1» no es un territorio del almacén</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no valid time</source>
        <translation>sin hora de validez</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no weather value in the row</source>
        <translation>la fila no tiene ningún valor meteorológico</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>territory %1 already has %2 weather for this valid and issued time (earlier in the file or in the store)</source>
        <translation>el territorio %1 ya tiene datos meteorológicos de %2 para estas horas de validez y de emisión (antes en el archivo o en el almacén)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has a header but no rows</source>
        <translation>tiene encabezado pero ninguna fila</translation>
    </message>
</context>
<context>
    <name>stormcrew::WeatherGridRepository</name>
    <message>
        <location filename="../model/store/weathergridrepository.cpp" line="+72"/>
        <source>cannot store the %1 grid valid at %2: %3</source>
        <translation>no se puede guardar la cuadrícula %1 válida en %2: %3</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the %1 grid valid at %2 has %3 bytes of data, expected %4</source>
        <translation>la cuadrícula %1 válida en %2 tiene %3 bytes de datos; se esperaban %4</translation>
    </message>
</context>
<context>
    <name>stormcrew::WeatherSchema</name>
    <message>
        <location filename="../model/ingest/weatherrow.cpp" line="+151"/>
        <source>%1 m/s is negative</source>
        <translation>%1 m/s es un valor negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 m/s is beyond any wind ever measured (113 m/s)</source>
        <translation>%1 m/s supera cualquier viento jamás medido (113 m/s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mm is negative</source>
        <translation>%1 mm es un valor negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 mm is more than %2 mm in one row</source>
        <translation>%1 mm es más de %2 mm en una sola fila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 degrees C is outside the range ever measured</source>
        <translation>%1 °C está fuera del rango de valores jamás medidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gust %1 m/s is below the sustained wind %2 m/s</source>
        <translation>la racha de %1 m/s es inferior al viento medio de %2 m/s</translation>
    </message>
</context>
<context>
    <name>stormcrew::WeatherTimeParser</name>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is not a time; write ISO 8601 such as 2023-03-03T14:00:00Z</source>
        <translation>«%1» no es una hora; escríbala en ISO 8601, como 2023-03-03T14:00:00Z</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; has no UTC offset; add Z or +hh:mm, or give --timezone (e.g. America/New_York)</source>
        <translation>«%1» no tiene desfase respecto a UTC; añada Z o +hh:mm, o indique --timezone (p. ej. America/New_York)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>does not exist in %1 (the clocks skip that hour)</source>
        <translation>no existe en la zona horaria %1 (los relojes se saltan esa hora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is ambiguous in %1 (the clocks repeat that hour); give the UTC offset</source>
        <translation>es ambigua en la zona horaria %1 (los relojes repiten esa hora); indique el desfase respecto a UTC</translation>
    </message>
</context>
<context>
    <name>stormcrew::briefing::BriefingMap</name>
    <message>
        <location filename="../ui/briefing/briefingmap.cpp" line="+58"/>
        <source>has no territories to draw on the briefing&apos;s map; import territories first</source>
        <translation>no tiene territorios que dibujar en el mapa del informe; importe primero los territorios</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>no prediction</source>
        <translation>sin predicción</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no prediction</source>
        <translation>sin predicción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incoming storm</source>
        <translation>tormenta que llega</translation>
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
        <translation>Informe de la tormenta: %1</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>storm window %1 to %2</source>
        <translation>tormenta del %1 al %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast issued %1 · %2</source>
        <translation>Pronóstico emitido el %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored storm · %1</source>
        <translation>Tormenta almacenada · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generated %1 by %2</source>
        <translation>Generado el %1 por %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The model advises; the director decides.</source>
        <translation>El modelo aconseja; el director decide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stormcrew %1 · page %2 of %3</source>
        <translation>Stormcrew %1 · página %2 de %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+153"/>
        <source>Outages (P50)</source>
        <translation>Interrupciones (P50)</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>P10–P90: %1–%2</source>
        <translation>P10–P90: %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews needed</source>
        <translation>Cuadrillas necesarias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own on hand: %1</source>
        <translation>propias disponibles: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual aid</source>
        <translation>Ayuda mutua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request by %1</source>
        <translation>solicitar antes del %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none needed</source>
        <translation>no hace falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % restored (P50)</source>
        <translation>%1 % restablecido (P50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>P90: %1</source>
        <translation>P90: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Everyone back (P50)</source>
        <translation>Todos restablecidos (P50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected cost</source>
        <translation>Coste esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost customer-hours and crew days</source>
        <translation>horas-cliente perdidas y días de cuadrilla</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Crew plan</source>
        <translation>Plan de cuadrillas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the depots have (%1)</source>
        <translation>las de los depósitos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, set by the director</source>
        <translation>%1, fijadas por el director</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target: %1 % of customers back within %2 h at risk level %3; own crews on hand: %4.</source>
        <translation>Objetivo: %1 % de los clientes restablecidos en %2 h con nivel de riesgo %3; cuadrillas propias disponibles: %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No crew plan yet.</source>
        <translation>Aún no hay plan de cuadrillas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mutual aid needed: the own crews suffice.</source>
        <translation>No hace falta ayuda mutua: bastan las cuadrillas propias.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model v%1 · contract passed</source>
        <translation>Modelo v%1 · contrato cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model v%1 · CONTRACT FAILED</source>
        <translation>Modelo v%1 · CONTRATO INCUMPLIDO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlike the storms the model learnt from: %1</source>
        <translation>Distinta de las tormentas con las que aprendió el modelo: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Predicted outages per territory (P50)</source>
        <translation>Interrupciones previstas por territorio (P50)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+146"/>
        <source>Territories hit hardest, by predicted outages (P50)</source>
        <translation>Territorios más afectados, por interrupciones previstas (P50)</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews (own + aid)</source>
        <translation>Cuadrillas (propias + ayuda)</translation>
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
        <translation>Objetivo cumplido</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+49"/>
        <source>cannot be written (%1); choose another folder or file name</source>
        <translation>no se puede escribir (%1); elija otra carpeta u otro nombre de archivo</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the PDF could not be started</source>
        <translation>no se pudo empezar el PDF</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 territories. The CSV and GeoJSON exports list every one.</source>
        <translation>%1 de %2 territorios. Las exportaciones CSV y GeoJSON los incluyen todos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF could not be finished</source>
        <translation>no se pudo terminar el PDF</translation>
    </message>
</context>
<context>
    <name>stormcrew::briefing::DecisionRecorder</name>
    <message>
        <location filename="../ui/briefing/decisionrecorder.cpp" line="+47"/>
        <source>The store %1 does not exist.</source>
        <translation>El almacén %1 no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file %1 is not writable; ask for write access to record decisions.</source>
        <translation>No se puede escribir en el archivo del almacén %1; pida permiso de escritura para registrar decisiones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 is not writable, and the store needs to write its journal there; ask for write access to record decisions.</source>
        <translation>No se puede escribir en la carpeta %1, y el almacén necesita escribir allí su diario; pida permiso de escritura para registrar decisiones.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the prediction was stored as run %1, but the crew plan was not: %2</source>
        <translation>la predicción se guardó como ejecución %1, pero el plan de cuadrillas no: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the crew plan was stored as plan %1, but the decision could not be written to the audit log: %2</source>
        <translation>el plan de cuadrillas se guardó como plan %1, pero la decisión no se pudo escribir en el registro de auditoría: %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::Cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+44"/>
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
    <name>stormcrew::cli::CliSupport</name>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+25"/>
        <source>This command writes to the store; run it without --read-only.</source>
        <translation>Esta orden escribe en el almacén; ejecútela sin --read-only.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 %2: %3; give an ISO 8601 time such as 2026-06-01T12:00Z</source>
        <translation>--%1 %2: %3; indique una hora ISO 8601 como 2026-06-01T12:00Z</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--family %1: expected negbin or poisson</source>
        <translation>--family %1: se esperaba negbin o poisson</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+42"/>
        <source>Demo store created: %1 (seed %2) in %3 s</source>
        <translation>Almacén de demostración creado: %1 (semilla %2) en %3 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1 territories, %2 storms, %3 incidents, %4 weather rows</source>
        <translation>  %1 territorios, %2 tormentas, %3 incidencias, %4 filas de tiempo meteorológico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Incoming storm: hourly forecast for 72 hours issued %1</source>
        <translation>  Tormenta en camino: previsión horaria de 72 horas emitida el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Demo files kept in %1</source>
        <translation>  Archivos de la demostración guardados en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports and their data-quality reports:</source>
        <translation>Importaciones y sus informes de calidad de datos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 read, %2 accepted, %3 rejected</source>
        <translation>%1 leídas, %2 aceptadas, %3 rechazadas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usage: stormcrew-cli demo create [--db PATH] [--seed N] [--force]</source>
        <translation>Uso: stormcrew-cli demo create [--db RUTA] [--seed N] [--force]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the demo writes a store; run it without --read-only.</source>
        <translation>Crear la demostración escribe un almacén; ejecútelo sin --read-only.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--seed %1 is not a whole number from 0 to 18446744073709551615</source>
        <translation>--seed %1 no es un número entero entre 0 y 18446744073709551615</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--now %1 is not an ISO 8601 time such as 2026-11-29T06:00:00Z</source>
        <translation>--now %1 no es una hora ISO 8601 como 2026-11-29T06:00:00Z</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the demo: %1</source>
        <translation>No se puede crear la demostración: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create a demo store: a fictional utility on Kentucky&apos;s 120 counties with seven years of storms and an incoming forecast: demo create.</source>
        <translation>Crear un almacén de demostración: una compañía eléctrica ficticia en los 120 condados de Kentucky con siete años de tormentas y una previsión en camino: demo create.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the demo store at --db.</source>
        <translation>Crear el almacén de demostración en --db.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of the generator (default 1): the same seed gives the same store.</source>
        <translation>Semilla del generador (por defecto 1): la misma semilla da el mismo almacén.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the store at --db if one exists (its data is lost).</source>
        <translation>Sustituir el almacén de --db si existe (sus datos se pierden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue time of the incoming storm&apos;s forecast, ISO 8601 in UTC (default: now, on the hour).</source>
        <translation>Hora de emisión de la previsión de la tormenta en camino, ISO 8601 en UTC (por defecto: ahora, a la hora en punto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the demo&apos;s files (GeoPackage, GeoTIFF, GRIB2, CSV) in this folder (default: a temporary folder, removed after).</source>
        <translation>Guardar los archivos de la demostración (GeoPackage, GeoTIFF, GRIB2, CSV) en esta carpeta (por defecto: una carpeta temporal que se borra después).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the summary as JSON.</source>
        <translation>Mostrar el resumen en JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::EvaluateCommand</name>
    <message>
        <location filename="../app/cli/evaluatecommand.cpp" line="+72"/>
        <source>Leave-one-storm-out over %1 storms (%2 storm-territory rows):</source>
        <translation>Dejando fuera una tormenta cada vez, sobre %1 tormentas (%2 filas tormenta-territorio):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>log score</source>
        <translation>punt. log.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total %err</source>
        <translation>% err. total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>80 % cover</source>
        <translation>cobert. 80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 % cover</source>
        <translation>cobert. 90 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the history: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Cannot evaluate: %1</source>
        <translation>No se puede evaluar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the report %1: %2</source>
        <translation>No se puede escribir el informe %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leave-one-storm-out cross-validation of the model, global and pooled, beside three baselines.</source>
        <translation>Validación cruzada del modelo dejando fuera una tormenta cada vez, global y agrupado, junto a tres referencias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>negbin (default) or poisson.</source>
        <translation>negbin (por defecto) o poisson.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ridge penalty instead of choosing it by inner cross-validation (faster).</source>
        <translation>Sin penalización ridge en lugar de elegirla por validación cruzada interna (más rápido).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write a markdown report to FILE.</source>
        <translation>Escribir también un informe markdown en FILE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::FeaturesCommand</name>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="+133"/>
        <source>Storm %1 (%2), window %3 to %4</source>
        <translation>Tormenta %1 (%2), ventana de %3 a %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast issued %1</source>
        <translation>Pronóstico emitido el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 territories</source>
        <translation>%1 territorios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feature</source>
        <translation>variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>mín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max</source>
        <translation>máx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>faltan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Leaf-on source: %1 territories from NDVI with their own season (ndvi_seasonal), %2 from NDVI with the fixed pair (ndvi_fixed), %3 from the calendar and latitude (calendar)</source>
        <translation>Origen de la foliación: %1 territorios del NDVI con su propia estación (ndvi_seasonal), %2 del NDVI con el par fijo (ndvi_fixed), %3 del calendario y la latitud (calendar)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outages observed: %1</source>
        <translation>Interrupciones observadas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every territory&apos;s values: --csv FILE or --json.</source>
        <translation>Los valores de cada territorio: --csv ARCHIVO o --json.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: stormcrew-cli features --storm CODE|--forecast latest [--as-of TIME] [--csv FILE] [--json]</source>
        <translation>Uso: stormcrew-cli features --storm CÓDIGO|--forecast latest [--as-of HORA] [--csv ARCHIVO] [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give either --storm CODE or --forecast latest.</source>
        <translation>Indique --storm CÓDIGO o --forecast latest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--forecast %1: only &apos;latest&apos; is known (the newest forecast issued by --as-of, or the newest of all).</source>
        <translation>--forecast %1: solo se conoce «latest» (el pronóstico más reciente emitido hasta --as-of, o el más reciente de todos).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--as-of %1 is not a time: give ISO 8601, e.g. 2024-06-01T18:00:00Z (UTC unless an offset is given).</source>
        <translation>--as-of %1 no es una hora: indique ISO 8601, p. ej. 2024-06-01T18:00:00Z (UTC salvo que se indique un desfase).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the stored storms&apos; codes with: stormcrew-cli storms list</source>
        <translation>Liste los códigos de las tormentas guardadas con: stormcrew-cli storms list</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the raw features of a storm or the latest forecast.</source>
        <translation>Mostrar las variables brutas de una tormenta o del último pronóstico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored storm, by code (stormcrew-cli storms list).</source>
        <translation>La tormenta guardada, por código (stormcrew-cli storms list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;latest&apos;: the newest forecast issued by --as-of.</source>
        <translation>«latest»: el pronóstico más reciente emitido hasta --as-of.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read only what was known then: observations whose period had ended and forecasts issued by then (ISO 8601, UTC unless an offset is given).</source>
        <translation>Leer solo lo que se sabía entonces: observaciones cuyo periodo había terminado y pronósticos emitidos hasta entonces (ISO 8601, UTC salvo que se indique un desfase).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write every territory&apos;s values to this CSV file.</source>
        <translation>Escribir también los valores de cada territorio en este archivo CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON en lugar de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the feature catalogue (the table in docs/model.md) and exit.</source>
        <translation>Imprimir el catálogo de variables (la tabla de docs/model.md) y salir.</translation>
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
    <name>stormcrew::cli::ImportAssets</name>
    <message>
        <location filename="../app/cli/importassets.cpp" line="+18"/>
        <source>Per-territory assets (customers, line km, poles, ...) from CSV or a vector layer; --lines measures power lines.</source>
        <translation>Activos por territorio (clientes, km de línea, postes, ...) desde CSV o una capa vectorial; --lines mide líneas eléctricas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column with the territory code (default: code).</source>
        <translation>Columna con el código de territorio (predeterminado: code).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an attribute from another column, e.g. customers=meters (repeatable).</source>
        <translation>Lee un atributo de otra columna, p. ej. customers=meters (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribute=column</source>
        <translation>atributo=columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer to read (default: the first).</source>
        <translation>Capa que se lee (predeterminado: la primera).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute filter.</source>
        <translation>Filtro por atributos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition</source>
        <translation>condición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds power lines: sum their length per territory.</source>
        <translation>El archivo contiene líneas eléctricas: suma su longitud por territorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --lines: overhead_km (default) or underground_km.</source>
        <translation>Con --lines: overhead_km (predeterminado) o underground_km.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attribute</source>
        <translation>atributo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --lines: CRS of a file that has none, e.g. EPSG:26916.</source>
        <translation>Con --lines: SRC de un archivo que no lo tiene, p. ej. EPSG:26916.</translation>
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
        <location line="+11"/>
        <source>Nothing imported: no row could be imported.</source>
        <translation>No se importó nada: no se pudo importar ninguna fila.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing imported: %n row(s) rejected. Fix the input, or rerun with --keep-going to keep the good rows.</source>
        <translation>
            <numerusform>No se importó nada: %n fila rechazada. Corrija la entrada o vuelva a ejecutar con --keep-going para conservar las filas correctas.</numerusform>
            <numerusform>No se importó nada: %n filas rechazadas. Corrija la entrada o vuelva a ejecutar con --keep-going para conservar las filas correctas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--map %1 is not of the form field=column</source>
        <translation>--map %1 no tiene la forma campo=columna</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>stormcrew::cli::ImportIncidents</name>
    <message>
        <location filename="../app/cli/importincidents.cpp" line="+17"/>
        <source>Outage incidents from a CSV file (also .csv.gz).</source>
        <translation>Incidencias de interrupción desde un archivo CSV (también .csv.gz).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read a field from another column, e.g. start=first_seen_utc (repeatable). Fields: %1.</source>
        <translation>Lee un campo de otra columna, p. ej. start=first_seen_utc (repetible). Campos: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field=column</source>
        <translation>campo=columna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column with the territory code, used for rows without coordinates (same as --map territory=COLUMN).</source>
        <translation>Columna con el código de territorio, usada en las filas sin coordenadas (igual que --map territory=COLUMNA).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone of times written without one, e.g. America/New_York.</source>
        <translation>Zona horaria IANA de las horas escritas sin zona, p. ej. America/New_York.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the feed (default: the file name).</source>
        <translation>Nombre de la fuente (predeterminado: el nombre del archivo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportNdvi</name>
    <message>
        <location filename="../app/cli/importndvi.cpp" line="+21"/>
        <source>A dated NDVI composite (GeoTIFF, ...) averaged per territory, for leaf-on</source>
        <translation>Una composición de NDVI fechada (GeoTIFF, ...) promediada por territorio, para la foliación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day the composite&apos;s greenness stands for (required; several dates build a season).</source>
        <translation>El día que representa el verdor de la composición (obligatorio; varias fechas forman una estación).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NDVI = value x scale + offset; overrides the raster&apos;s own scale (0.0001 for int16 NDVI).</source>
        <translation>NDVI = valor x escala + desplazamiento; sustituye a la escala propia del ráster (0.0001 para NDVI en int16).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overrides the raster&apos;s own offset (default 0).</source>
        <translation>Sustituye al desplazamiento propio del ráster (predeterminado: 0).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>el valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say which day the composite stands for with --date YYYY-MM-DD</source>
        <translation>indique con --date AAAA-MM-DD qué día representa la composición</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--date &apos;%1&apos; is not a date: give YYYY-MM-DD, e.g. 2024-05-08</source>
        <translation>--date «%1» no es una fecha: indique AAAA-MM-DD, p. ej. 2024-05-08</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportRaster</name>
    <message>
        <location filename="../app/cli/importraster.cpp" line="+21"/>
        <source>Any GDAL raster (canopy, NDVI, elevation, ...) averaged per territory</source>
        <translation>Cualquier ráster GDAL (cobertura arbórea, NDVI, elevación, ...) promediado por territorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the raster holds: canopy, ndvi, elevation or a name of yours (required).</source>
        <translation>Qué contiene el ráster: canopy, ndvi, elevation o un nombre propio (obligatorio).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also store the share of area above this value (statistic fraction_above:X).</source>
        <translation>Guarda también la proporción de la superficie por encima de este valor (estadística fraction_above:X).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiply values by this factor, e.g. 0.01 for a canopy raster in percent.</source>
        <translation>Multiplica los valores por este factor, p. ej. 0.01 para un ráster de cobertura arbórea en porcentaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say what the raster holds with --as canopy|ndvi|elevation|NAME</source>
        <translation>indique qué contiene el ráster con --as canopy|ndvi|elevation|NOMBRE</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportStorms</name>
    <message>
        <location filename="../app/cli/importstorms.cpp" line="+17"/>
        <source>Storms (code or name, kind, start, end) from a CSV file.</source>
        <translation>Tormentas (código o nombre, tipo, inicio, fin) desde un archivo CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read a field from another column, e.g. start=began (repeatable). Fields: %1.</source>
        <translation>Lee un campo de otra columna, p. ej. start=began (repetible). Campos: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field=column</source>
        <translation>campo=columna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone of times written without one.</source>
        <translation>Zona horaria IANA de las horas escritas sin zona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation>zona</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ImportTerritories</name>
    <message>
        <location filename="../app/cli/importterritories.cpp" line="+17"/>
        <source>Service territory outlines from any vector file, any CRS.</source>
        <translation>Contornos de los territorios de servicio desde cualquier archivo vectorial, en cualquier SRC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer to read (default: the first).</source>
        <translation>Capa que se lee (predeterminado: la primera).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field holding the territory code (default: code or id, else the feature id).</source>
        <translation>Campo con el código de territorio (predeterminado: code o id; si no, el identificador de la entidad).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Field holding the territory name (default: name).</source>
        <translation>Campo con el nombre del territorio (predeterminado: name).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribute filter, e.g. &quot;fips LIKE &apos;21%&apos;&quot;.</source>
        <translation>Filtro por atributos, p. ej. &quot;fips LIKE &apos;21%&apos;&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition</source>
        <translation>condición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRS of the coordinates when the file has none (or a wrong one), e.g. EPSG:26916.</source>
        <translation>SRC de las coordenadas cuando el archivo no lo indica (o indica uno erróneo), p. ej. EPSG:26916.</translation>
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
        <translation>Trayectorias de ciclones tropicales: HURDAT2, su forma JSON, ATCF a-/b-decks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import only this storm of the file: its ATCF id (AL092024) or name (Helene).</source>
        <translation>Importar solo esta tormenta del archivo: su id ATCF (AL092024) o nombre (Helene).</translation>
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
        <translation>--timezone «%1» no es una zona horaria conocida; use un nombre IANA como America/New_York</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--max-distance-km must be a positive number</source>
        <translation>--max-distance-km debe ser un número positivo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>say what the grid holds with --variable gust|wind|precip|temp|snow|ice</source>
        <translation>indique qué contiene la malla con --variable gust|wind|precip|temp|snow|ice</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--step-hours must be a positive number</source>
        <translation>--step-hours debe ser un número positivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weather per territory: CSV, NOAA GHCN-Daily CSV, or a GRIB2/NetCDF/GeoTIFF grid</source>
        <translation>Meteorología por territorio: CSV, CSV NOAA GHCN-Daily o una malla GRIB2/NetCDF/GeoTIFF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv, ghcn or grid (default: from the file).</source>
        <translation>csv, ghcn o grid (predeterminado: según el archivo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV: our column name = the file&apos;s header, e.g. gust_ms=Gust,territory=County.</source>
        <translation>CSV: nuestro nombre de columna = el encabezado del archivo, p. ej. gust_ms=Gust,territory=County.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name=column</source>
        <translation>nombre=columna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV: the file&apos;s units, e.g. gust=mph,wind=kt,precip=in. GHCN: standard (default), metric or tenths. Grid: the values&apos; unit when the file does not say.</source>
        <translation>CSV: las unidades del archivo, p. ej. gust=mph,wind=kt,precip=in. GHCN: standard (predeterminado), metric o tenths. Malla: la unidad de los valores cuando el archivo no la indica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone of times without a UTC offset (IANA name, e.g. America/New_York).</source>
        <translation>Zona horaria de las horas sin desfase respecto a UTC (nombre IANA, p. ej. America/New_York).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source recorded with every row (default csv, ghcn, or grid).</source>
        <translation>Fuente registrada en cada fila (predeterminado: csv, ghcn o grid).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>GHCN: farthest station (geodesic km from a point inside the territory) that may serve it (default 50).</source>
        <translation>GHCN: distancia máxima (km geodésicos desde un punto del interior del territorio) a la que una estación puede abastecerlo (predeterminado: 50).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GHCN: inverse-distance-squared weighting of every station within the limit instead of the nearest.</source>
        <translation>GHCN: ponderación por el inverso del cuadrado de la distancia de todas las estaciones dentro del límite, en lugar de la más cercana.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid: what the bands hold: gust, wind, precip, temp, snow or ice.</source>
        <translation>Malla: qué contienen las bandas: gust, wind, precip, temp, snow o ice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grid: valid time of band 1 (ISO 8601), when the file does not carry it.</source>
        <translation>Malla: hora de validez de la banda 1 (ISO 8601), si el archivo no la incluye.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Grid: issue time of the forecast (ISO 8601); without it, and without one in the file, the rows are observations.</source>
        <translation>Malla: hora de emisión del pronóstico (ISO 8601); sin ella, y si el archivo no la incluye, las filas son observaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grid: hours between bands after --valid-time (default 1).</source>
        <translation>Malla: horas entre bandas después de --valid-time (predeterminado: 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format &apos;%1&apos;: use csv, ghcn or grid</source>
        <translation>--format «%1»: use csv, ghcn o grid</translation>
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
<context>
    <name>stormcrew::cli::ModelCommands</name>
    <message>
        <location filename="../app/cli/modelcommands.cpp" line="+36"/>
        <source>--ridge %1: expected a penalty of 0 or more</source>
        <translation>--ridge %1: se esperaba una penalización de 0 o más</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--pooling %1: expected auto, global or pooled</source>
        <translation>--pooling %1: se esperaba auto, global o pooled</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>train takes no arguments, only options; see --help</source>
        <translation>train no admite argumentos, solo opciones; vea --help</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot train: %1</source>
        <translation>No se puede entrenar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model %1 failed its contract and was stored as rejected; it was not activated.</source>
        <translation>El modelo %1 incumplió su contrato y se guardó como rechazado; no se activó.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: stormcrew-cli models %1 ID (a number from `stormcrew-cli models list`)</source>
        <translation>Uso: stormcrew-cli models %1 ID (un número de `stormcrew-cli models list`)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No model yet; train one with `stormcrew-cli train --activate`.</source>
        <translation>Todavía no hay ningún modelo; entrene uno con `stormcrew-cli train --activate`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contract</source>
        <translation>contrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV log score</source>
        <translation>punt. log. VC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storms</source>
        <translation>tormentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trained</source>
        <translation>entrenado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>passed</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>INCUMPLIDO</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: stormcrew-cli models list|show ID|activate ID [--json]</source>
        <translation>Uso: stormcrew-cli models list|show ID|activate ID [--json]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot activate: %1</source>
        <translation>No se puede activar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model %1 is now active.</source>
        <translation>El modelo %1 está activo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Train the outage model on every past storm in the store and save it in the registry (--activate makes it the active model).</source>
        <translation>Entrenar el modelo de interrupciones con todas las tormentas pasadas del almacén y guardarlo en el registro (--activate lo convierte en el modelo activo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activate the model when its contract holds.</source>
        <translation>Activar el modelo si cumple su contrato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negbin (default) or poisson.</source>
        <translation>negbin (por defecto) o poisson.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the ridge penalty on standardised terms instead of choosing it by cross-validation.</source>
        <translation>Fijar la penalización ridge sobre términos estandarizados en lugar de elegirla por validación cruzada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto (cross-validation decides, default), global or pooled.</source>
        <translation>auto (decide la validación cruzada, por defecto), global o pooled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep every term even when its fitted sign breaks the contract (the model is then stored as rejected).</source>
        <translation>Conservar todos los términos aunque su signo ajustado incumpla el contrato (el modelo se guarda entonces como rechazado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>List the trained models, show one, or activate one: models list|show ID|activate ID.</source>
        <translation>Enumerar los modelos entrenados, mostrar uno o activar uno: models list|show ID|activate ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, show ID or activate ID.</source>
        <translation>list, show ID o activate ID.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ModelReport</name>
    <message>
        <location filename="../app/cli/modelreport.cpp" line="+45"/>
        <source>Model %1 (%2 v%3), %4, trained %5 by %6</source>
        <translation>Modelo %1 (%2 v%3), %4, entrenado el %5 por %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 storms, %2 storm-territory rows; data fingerprint %3</source>
        <translation>%1 tormentas, %2 filas tormenta-territorio; huella de los datos %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>term</source>
        <translation>término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>std. error</source>
        <translation>error est.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % interval</source>
        <translation>intervalo 95 %</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offset: log(overhead km)</source>
        <translation>desplazamiento: log(km de línea aérea)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negative binomial theta %1 (standard error %2)</source>
        <translation>theta de la binomial negativa %1 (error estándar %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storm-level effect: standard deviation %1 on the log scale</source>
        <translation>efecto de la tormenta: desviación estándar %1 en escala logarítmica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ridge penalty %1 (on standardised terms), chosen by leave-one-storm-out cross-validation:</source>
        <translation>Penalización ridge %1 (sobre términos estandarizados), elegida por validación cruzada dejando fuera una tormenta cada vez:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ridge penalty %1 (on standardised terms), as given.</source>
        <translation>Penalización ridge %1 (sobre términos estandarizados), la indicada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  lambda %1: mean log score %2</source>
        <translation>  lambda %1: puntuación logarítmica media %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One global model: mean log score %1; with territory intercepts (partial pooling): %2. Chosen: %3.</source>
        <translation>Un modelo global: puntuación logarítmica media %1; con interceptos por territorio (agrupamiento parcial): %2. Elegido: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pooled</source>
        <translation>agrupado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pooled model could not be fitted (%1); the global model is used.</source>
        <translation>No se pudo ajustar el modelo agrupado (%1); se usa el modelo global.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>territory effects: variance %1 across %2 territories</source>
        <translation>efectos de territorio: varianza %1 entre %2 territorios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contract: passed</source>
        <translation>Contrato: cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract: FAILED — this model cannot be activated</source>
        <translation>Contrato: INCUMPLIDO — este modelo no se puede activar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pass</source>
        <translation>cumple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL: lowered %1 of %2 predictions</source>
        <translation>INCUMPLE: redujo %1 de %2 predicciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported</source>
        <translation>informado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>median %1</source>
        <translation>mediana %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worst %1</source>
        <translation>peor %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  left out to keep the expectations (fitted value): %1</source>
        <translation>  excluidos para cumplir las expectativas (valor ajustado): %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::PlanCommand</name>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="+27"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 %2: expected a whole number from %3 to %4</source>
        <translation>--%1 %2: se esperaba un número entero de %3 a %4</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--seed %1: expected a whole number from 0 to 18446744073709551615</source>
        <translation>--seed %1: se esperaba un número entero de 0 a 18446744073709551615</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Crew plan: %1 own and %2 mutual-aid crews for %3 predicted outages (%4 customers out, means over %5 simulated storms)</source>
        <translation>Plan de cuadrillas: %1 propias y %2 de ayuda mutua para %3 interrupciones previstas (%4 clientes sin servicio, medias de %5 tormentas simuladas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  Target: %1 % of customers within %2 h at %3</source>
        <translation>  Objetivo: %1 % de los clientes en %2 h con %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Hours count from the all-clear, %1 UTC (the end of the storm, or of the forecast&apos;s damaging gusts)</source>
        <translation>  Las horas se cuentan desde el fin de la alerta, %1 UTC (el final de la tormenta o de las rachas dañinas del pronóstico)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Target share back after (P10/P50/P90): %1 / %2 / %3 h</source>
        <translation>  Parte objetivo restablecida tras (P10/P50/P90): %1 / %2 / %3 h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Everyone back after (P10/P50/P90): %1 / %2 / %3 h</source>
        <translation>  Todos restablecidos tras (P10/P50/P90): %1 / %2 / %3 h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Expected customer-hours %1 (± %2), cost %3 (± %4), of which crews %5</source>
        <translation>  Horas-cliente esperadas %1 (± %2), coste %3 (± %4), de ello cuadrillas %5</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>  %n territory(ies) without a crew of their own restored by crews that finish elsewhere and move on</source>
        <translation>
            <numerusform>  %n territorio sin cuadrilla propia restablecido por cuadrillas que terminan en otro lugar y se desplazan</numerusform>
            <numerusform>  %n territorios sin cuadrilla propia restablecidos por cuadrillas que terminan en otro lugar y se desplazan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  Warning: %1</source>
        <translation>  Aviso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>territory  own  aid  outages  ETR P50  P90     target P%1  met</source>
        <translation>territorio propias ayuda interrup. ETR P50  P90   objetivo P%1  cumple</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give either --storm CODE or --forecast latest.</source>
        <translation>Indique --storm CÓDIGO o --forecast latest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--forecast %1: only &apos;latest&apos; is supported</source>
        <translation>--forecast %1: solo se admite «latest»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--save changes the store; run it without --read-only.</source>
        <translation>--save modifica el almacén; ejecútelo sin --read-only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot plan: %1</source>
        <translation>No se puede planificar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the plan: %1</source>
        <translation>No se puede guardar el plan: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as crew plan %1.</source>
        <translation>Guardado como plan de cuadrillas %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan crews, mutual aid and restoration times for a storm.</source>
        <translation>Planificar cuadrillas, ayuda mutua y tiempos de restablecimiento para una tormenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The storm to plan for.</source>
        <translation>La tormenta para la que planificar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan for the incoming storm of the latest forecast.</source>
        <translation>Planificar para la tormenta que llega según el último pronóstico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoration target (default 95@48: 95 % of customers within 48 hours).</source>
        <translation>Objetivo de restablecimiento (por defecto 95@48: el 95 % de los clientes en 48 horas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percent@hours</source>
        <translation>porcentaje@horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk level: p50, p80 (default) or p90.</source>
        <translation>Nivel de riesgo: p50, p80 (por defecto) o p90.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own crews on hand (default: the depots&apos; crews).</source>
        <translation>Cuadrillas propias disponibles (por defecto: las de los depósitos).</translation>
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
        <translation>Tormentas simuladas (por defecto 1000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (por defecto 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON en lugar de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the plan with the prediction run it used.</source>
        <translation>Guardar el plan con la ejecución de predicción que usó.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::PredictCommand</name>
    <message>
        <location filename="../app/cli/predictcommand.cpp" line="+36"/>
        <source>give either --storm CODE or --forecast latest</source>
        <translation>indique --storm CÓDIGO o --forecast latest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--forecast %1: only &apos;latest&apos; is supported (with --as-of to go back in time)</source>
        <translation>--forecast %1: solo se admite «latest» (con --as-of para volver atrás en el tiempo)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--model %1: expected a model id from `stormcrew-cli models list`</source>
        <translation>--model %1: se esperaba un id de modelo de `stormcrew-cli models list`</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--draws %1: expected a whole number from 100 to 100000</source>
        <translation>--draws %1: se esperaba un número entero de 100 a 100000</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--seed %1: expected a whole number from 0 to 18446744073709551615</source>
        <translation>--seed %1: se esperaba un número entero de 0 a 18446744073709551615</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoming storm (latest forecast): %1 to %2 (UTC)</source>
        <translation>Tormenta que llega (último pronóstico): del %1 al %2 (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storm %1: %2 to %3 (UTC)</source>
        <translation>Tormenta %1: del %2 al %3 (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As of %1: only data issued by then was used.</source>
        <translation>A fecha de %1: solo se usaron datos emitidos hasta entonces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast issued %1.</source>
        <translation>Pronóstico emitido el %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 (v%2).</source>
        <translation>Modelo %1 (v%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages, all territories: expected %1; P10 %2, P50 %3, P90 %4</source>
        <translation>Interrupciones, todos los territorios: esperadas %1; P10 %2, P50 %3, P90 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WARNING: this storm is unlike the storms the model learnt from; treat the numbers with care:</source>
        <translation>AVISO: esta tormenta es distinta de las tormentas con las que aprendió el modelo; use las cifras con cautela:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most similar past storms:</source>
        <translation>Tormentas pasadas más parecidas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 (%2, %3): %4 outages, distance %5</source>
        <translation>  %1 (%2, %3): %4 interrupciones, distancia %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>territory</source>
        <translation>territorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean</source>
        <translation>media</translation>
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
        <translation>razones principales (× frente a un día en calma)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>... and %n more territories (--out FILE.csv writes them all)</source>
        <translation>
            <numerusform>... y %n territorio más (--out FILE.csv los escribe todos)</numerusform>
            <numerusform>... y %n territorios más (--out FILE.csv los escribe todos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot predict: %1</source>
        <translation>No se puede predecir: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the prediction: %1</source>
        <translation>No se puede escribir la predicción: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot record the prediction: %1</source>
        <translation>No se puede registrar la predicción: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded as prediction run %1.</source>
        <translation>Registrada como ejecución de predicción %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Predict outages per territory for a stored storm or the latest forecast with the active model: mean, P10/P50/P90 and why.</source>
        <translation>Predecir las interrupciones por territorio para una tormenta guardada o el último pronóstico con el modelo activo: media, P10/P50/P90 y por qué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored storm&apos;s code.</source>
        <translation>El código de la tormenta guardada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;latest&apos;: the newest forecast in the store.</source>
        <translation>«latest»: el pronóstico más reciente del almacén.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use only data issued by this time (ISO 8601, UTC unless an offset is given).</source>
        <translation>Usar solo datos emitidos hasta esta hora (ISO 8601, UTC salvo que se indique un desfase).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A model id instead of the active model.</source>
        <translation>Un id de modelo en lugar del modelo activo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated storms for the totals (default 2000).</source>
        <translation>Tormentas simuladas para los totales (por defecto 2000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the simulation (default 1).</source>
        <translation>Semilla de la simulación (por defecto 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write every territory to FILE (.csv, .json or .geojson).</source>
        <translation>Escribir también todos los territorios en FILE (.csv, .json o .geojson).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the prediction in the store.</source>
        <translation>Registrar la predicción en el almacén.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::QualityCommand</name>
    <message>
        <location filename="../app/cli/qualitycommand.cpp" line="+31"/>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit %1 is not a whole number of imports</source>
        <translation>--limit %1 no es un número entero de importaciones</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No import has been committed to this store yet.</source>
        <translation>Todavía no se ha completado ninguna importación en este almacén.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1, finished %2</source>
        <translation>#%1, finalizada el %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the data-quality reports of the committed imports, latest first.</source>
        <translation>Mostrar los informes de calidad de datos de las importaciones completadas, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the latest N imports.</source>
        <translation>Mostrar solo las N importaciones más recientes.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ReplayCommand</name>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="+53"/>
        <source>--lead %1: expected hours before the first outage such as 48h (or days such as 2d), from 0 to 720 h</source>
        <translation>--lead %1: se esperaban horas antes del primer corte, como 48h (o días, como 2d), de 0 a 720 h</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 %2: expected a model id from `stormcrew-cli models list`</source>
        <translation>--%1 %2: se esperaba un id de modelo de `stormcrew-cli models list`</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--simulations %1: expected a whole number from 10 to 100000</source>
        <translation>--simulations %1: se esperaba un número entero de 10 a 100000</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Storm %1 (%2): %3 to %4 UTC, first outage %5</source>
        <translation>Tormenta %1 (%2): de %3 a %4 UTC, primer corte %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replayed as of %1 (%2 h before the first outage) with model %3 (v%4, %5)</source>
        <translation>Reproducida a fecha de %1 (%2 h antes del primer corte) con el modelo %3 (v%4, %5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Newest forecast read: issued %1</source>
        <translation>Pronóstico más reciente leído: emitido %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outages: predicted %1 (P10 %2, P50 %3, P90 %4), actual %5</source>
        <translation>Cortes: previstos %1 (P10 %2, P50 %3, P90 %4), reales %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Territories: MAE %1, RMSE %2, error of the total %3 %, Spearman %4, P10-P90 coverage %5 %</source>
        <translation>Territorios: MAE %1, RMSE %2, error del total %3 %, Spearman %4, cobertura P10-P90 %5 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model&apos;s plan, as planned</source>
        <translation>Plan del modelo, tal como se planificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model&apos;s plan, dispatched</source>
        <translation>Plan del modelo, despachado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crews deployed</source>
        <translation>Cuadrillas desplegadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 own + %3 aid crews; on the actual outages %4 customer-hours (± %5), cost %6 (± %7), everyone back after %8 h (P50)</source>
        <translation>%1: %2 cuadrillas propias + %3 de ayuda; con los cortes reales %4 horas-cliente (± %5), coste %6 (± %7), todos restablecidos tras %8 h (P50)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded: %1 customer-hours</source>
        <translation>Registrado: %1 horas-cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Model %1 against model %2, %3 h before each storm&apos;s first outage, %n storm(s)</source>
        <translation>
            <numerusform>Modelo %1 frente al modelo %2, %3 h antes del primer corte de cada tormenta, %n tormenta</numerusform>
            <numerusform>Modelo %1 frente al modelo %2, %3 h antes del primer corte de cada tormenta, %n tormentas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>storm</source>
        <translation>tormenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual</source>
        <translation>real</translation>
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
        <translation>cobert. A/B</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overall %1: MAE %2, RMSE %3, mean error of the total %4 %, mean Spearman %5, P10-P90 coverage %6 %, mean log score %7</source>
        <translation>En conjunto %1: MAE %2, RMSE %3, error medio del total %4 %, Spearman medio %5, cobertura P10-P90 %6 %, log score medio %7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lower MAE: A in %1 storms, B in %2</source>
        <translation>MAE menor: A en %1 tormentas, B en %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped %1</source>
        <translation>Omitida %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--compare %1: expected two model ids such as 1,2 (`stormcrew-cli models list` shows them)</source>
        <translation>--compare %1: se esperaban dos ids de modelo, como 1,2 (`stormcrew-cli models list` los muestra)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give either --storm ID|CODE (one storm) or --compare A,B (two models over many storms).</source>
        <translation>Indique --storm ID|CÓDIGO (una tormenta) o --compare A,B (dos modelos sobre muchas tormentas).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--model and --report go with --storm; --compare names its two models itself.</source>
        <translation>--model y --report van con --storm; --compare nombra sus dos modelos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--storms goes with --compare.</source>
        <translation>--storms va con --compare.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot replay: %1</source>
        <translation>No se puede reproducir: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the report: %1</source>
        <translation>No se puede escribir el informe: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replay a stored storm as a model saw it a lead time ahead, against what happened; or compare two models over many storms.</source>
        <translation>Reproducir una tormenta almacenada como la vio un modelo con antelación, frente a lo que ocurrió; o comparar dos modelos sobre muchas tormentas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored storm (code or id).</source>
        <translation>La tormenta almacenada (código o id).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long before the storm&apos;s first outage (default 48h).</source>
        <translation>Cuánto antes del primer corte de la tormenta (por defecto 48h).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A model id (default: the model active at that time).</source>
        <translation>Un id de modelo (por defecto: el modelo activo en ese momento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare two models: their ids.</source>
        <translation>Comparar dos modelos: sus ids.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --compare: &apos;all&apos; storms with outcomes (default) or a list of ids or codes.</source>
        <translation>Con --compare: &apos;all&apos;, todas las tormentas con resultados (por defecto), o una lista de ids o códigos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoration target of the hindsight plan (default 95@48).</source>
        <translation>Objetivo de restablecimiento del plan retrospectivo (por defecto 95@48).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent@hours</source>
        <translation>porcentaje@horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk level of the hindsight plan: p50, p80 (default) or p90.</source>
        <translation>Nivel de riesgo del plan retrospectivo: p50, p80 (por defecto) o p90.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated restorations of the hindsight (default 250).</source>
        <translation>Restablecimientos simulados de la retrospectiva (por defecto 250).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write a review report: FILE.pdf, FILE.md or FILE.csv.</source>
        <translation>Escribir también un informe de revisión: ARCHIVO.pdf, ARCHIVO.md o ARCHIVO.csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::StormsCommand</name>
    <message>
        <location filename="../app/cli/stormscommand.cpp" line="+106"/>
        <source>Usage: stormcrew-cli storms detect [--json] [--save] [--timezone ZONE] [--threshold Z]</source>
        <translation>Uso: stormcrew-cli storms detect [--json] [--save] [--timezone ZONA] [--threshold Z]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--save changes the store; run it without --read-only.</source>
        <translation>--save modifica el almacén; ejecútelo sin --read-only.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timezone: %1</source>
        <translation>--timezone: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--threshold %1 is not a positive number</source>
        <translation>--threshold %1 no es un número positivo</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+96"/>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir el almacén: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1 stored storm(s), oldest first:</source>
        <translation>%1 tormenta(s) guardada(s), de la más antigua a la más reciente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code                kind          start                 end                   incidents  name</source>
        <translation>código              tipo          inicio                fin                   incidentes  nombre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>       stormcrew-cli storms list [--json]</source>
        <translation>       stormcrew-cli storms list [--json]</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot save the storms: %1</source>
        <translation>No se pueden guardar las tormentas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n storm event(s) in %1 days with incidents (days in %2, robust z-score &gt;= %3 against the median of the previous %4 days):</source>
        <translation>
            <numerusform>%n episodio de tormenta en %1 días con incidencias (días según la zona horaria %2, puntuación z robusta &gt;= %3 frente a la mediana de los %4 días anteriores):</numerusform>
            <numerusform>%n episodios de tormenta en %1 días con incidencias (días según la zona horaria %2, puntuación z robusta &gt;= %3 frente a la mediana de los %4 días anteriores):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>first day   last day    incidents  peak day    peak  usual  z</source>
        <translation>inicio      fin       incidencias  día pico     pico  usual  z</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Saved %n storm(s) of kind &apos;other&apos;; %1 incidents linked.</source>
        <translation>
            <numerusform>Se ha guardado %n tormenta de tipo «other»; %1 incidencias vinculadas.</numerusform>
            <numerusform>Se han guardado %n tormentas de tipo «other»; %1 incidencias vinculadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Storms: list the stored ones, or detect events in the incident history.</source>
        <translation>Tormentas: listar las guardadas o detectar episodios en el historial de incidentes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>detect: find storm events in the incidents; list: the stored storms and their codes.</source>
        <translation>detect: encontrar episodios de tormenta en los incidentes; list: las tormentas guardadas y sus códigos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the events as storms of kind &apos;other&apos; and link their incidents.</source>
        <translation>Guardar los episodios como tormentas de tipo «other» y vincular sus incidencias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone whose days are counted (default UTC).</source>
        <translation>Zona horaria en la que se cuentan los días (predeterminado: UTC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Robust z-score a storm day reaches (default 6).</source>
        <translation>Puntuación z robusta que alcanza un día de tormenta (predeterminado: 6).</translation>
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
        <translation>%1 no tiene trayectoria pronosticada; importe un a-deck ATCF</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  %1 kt: %2 radii, mean absolute error %3 n mi, bias %4 n mi
</source>
        <translation>  %1 kt: %2 radios, error absoluto medio %3 mn, sesgo %4 mn
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name the storm: windfield --storm ID (its ATCF id or name).</source>
        <translation>Indique la tormenta: windfield --storm ID (su id ATCF o nombre).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Storing failed: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forecast issued %1</source>
        <translation>pronóstico emitido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best track</source>
        <translation>trayectoria observada</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 %2, %3: %4 fixes (%5 fitted to their wind radii), %6 hours from %7, every %8 min; %9 ms.</source>
        <translation>%1 %2, %3: %4 posiciones (%5 ajustadas a sus radios de viento), %6 horas desde %7, cada %8 min; %9 ms.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n territory(ies) with a peak gust of at least 10 m/s (gust = %1 x sustained):</source>
        <translation>
            <numerusform>%n territorio con una ráfaga máxima de al menos 10 m/s (ráfaga = %1 x sostenido):</numerusform>
            <numerusform>%n territorios con una ráfaga máxima de al menos 10 m/s (ráfaga = %1 x sostenido):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code        peak wind m/s  peak gust m/s  h gust&gt;=20  h &gt;=34kt  h &gt;=64kt</source>
        <translation>código      viento máx m/s ráfaga máx m/s h ráf&gt;=20   h &gt;=34kt  h &gt;=64kt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Modelled against the track&apos;s wind radii, fitted:</source>
        <translation>Modelo frente a los radios de viento de la trayectoria, ajustado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empirical RMW and B alone:</source>
        <translation>Solo RMW y B empíricos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored %1 hourly weather rows for %2 territories as source %3.</source>
        <translation>Guardadas %1 filas horarias de tiempo para %2 territorios como fuente %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stored: rerun with --store to write these winds as the storm&apos;s hourly weather (source %1).</source>
        <translation>No guardado: vuelva a ejecutar con --store para escribir estos vientos como el tiempo horario de la tormenta (fuente %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wind field of a tropical storm&apos;s track per territory; --store writes it as weather.</source>
        <translation>Campo de viento de la trayectoria de una tormenta tropical por territorio; --store lo escribe como tiempo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The storm: ATCF id (AL092024) or name.</source>
        <translation>La tormenta: id ATCF (AL092024) o nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A forecast track: its issue time (ISO 8601) or &apos;latest&apos;. Default: the best track.</source>
        <translation>Una trayectoria pronosticada: su hora de emisión (ISO 8601) o &apos;latest&apos;. Por defecto: la trayectoria observada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the field as the storm&apos;s hourly weather (replacing what this track wrote before).</source>
        <translation>Escribir el campo como el tiempo horario de la tormenta (sustituyendo lo que esta trayectoria escribió antes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not fit RMW and B to the track&apos;s wind radii.</source>
        <translation>No ajustar RMW y B a los radios de viento de la trayectoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the modelled 34/50/64-kt radii with the track&apos;s.</source>
        <translation>Comparar los radios modelados de 34/50/64 kt con los de la trayectoria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
</context>
<context>
    <name>stormcrew::cli::ZonalOptions</name>
    <message>
        <location filename="../app/cli/zonaloptions.cpp" line="+20"/>
        <source>The band to read (default 1).</source>
        <translation>La banda que se lee (predeterminado: 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How boundary pixels count: exact (the share of the pixel inside, default) or centre.</source>
        <translation>Cómo cuentan los píxeles del borde: exact (la parte del píxel que queda dentro, predeterminado) o centre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source recorded with the figures (default: the file name).</source>
        <translation>Fuente registrada con las cifras (predeterminado: el nombre del archivo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--band &apos;%1&apos; is not a band number</source>
        <translation>--band «%1» no es un número de banda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--weighting &apos;%1&apos;: use exact or centre</source>
        <translation>--weighting «%1»: use exact o centre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 &apos;%2&apos; is not a number</source>
        <translation>--%1 «%2» no es un número</translation>
    </message>
</context>
<context>
    <name>stormcrew::crews::CrewPlanRepository</name>
    <message>
        <location filename="../model/crews/crewplanrepository.cpp" line="+172"/>
        <source>has no territories to plan crews for; import territories first</source>
        <translation>no tiene territorios para los que planificar cuadrillas; importe primero los territorios</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is open read-only; saving a crew plan needs write access</source>
        <translation>está abierto en solo lectura; guardar un plan de cuadrillas requiere acceso de escritura</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>crew plan %1 for prediction run %2: %3 own and %4 mutual-aid crews</source>
        <translation>plan de cuadrillas %1 para la ejecución de predicción %2: %3 propias y %4 de ayuda mutua</translation>
    </message>
</context>
<context>
    <name>stormcrew::crews::CrewPlanner</name>
    <message>
        <location filename="../model/crews/crewplanner.cpp" line="+37"/>
        <source>Own crews</source>
        <translation>Cuadrillas propias</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>simulations must be between 1 and 1,000,000, not %1</source>
        <translation>las simulaciones deben estar entre 1 y 1.000.000, no %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the restoration target needs a share above 0 % and at most 100 %, within a positive number of hours</source>
        <translation>el objetivo de restablecimiento necesita una parte mayor que 0 % y como máximo 100 %, en un número positivo de horas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the planning horizon must cover the target hours and be at most a year</source>
        <translation>el horizonte de planificación debe cubrir las horas del objetivo y no superar un año</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outage distribution has no draws or the wrong number of values</source>
        <translation>la distribución de interrupciones no tiene simulaciones o tiene un número incorrecto de valores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the outage distribution has territory %1, which the store does not describe (customers, depot)</source>
        <translation>la distribución de interrupciones incluye el territorio %1, que el almacén no describe (clientes, depósito)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the outage distribution gives territory %1 %2 outages in draw %3: a draw must be a number of outages from 0 to 2,147,483,647</source>
        <translation>la distribución de cortes da al territorio %1 %2 cortes en la muestra %3: cada muestra debe ser un número de cortes de 0 a 2.147.483.647</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>territory %1 would have more than 2,147,483,647 outages over %2 simulated storms, more than the planner can hold: plan with fewer simulations</source>
        <translation>el territorio %1 tendría más de 2.147.483.647 cortes en %2 tormentas simuladas, más de los que el planificador puede manejar: planifique con menos simulaciones</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>crews are given for %1 territories, the plan has %2</source>
        <translation>se dan cuadrillas para %1 territorios, el plan tiene %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>crews are given for %1 sources, the plan has %2</source>
        <translation>se dan cuadrillas para %1 fuentes, el plan tiene %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there is no territory %1 in the plan</source>
        <translation>no hay ningún territorio %1 en el plan</translation>
    </message>
    <message numerus="yes">
        <location line="+180"/>
        <source>Request %n crew(s) from %1 now: they arrive %2 h after the all-clear.</source>
        <translation>
            <numerusform>Solicite ahora %n cuadrilla a %1: llega %2 h después del fin de la tormenta.</numerusform>
            <numerusform>Solicite ahora %n cuadrillas a %1: llegan %2 h después del fin de la tormenta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Request %n crew(s) from %1 by %2 (lead time %3 h).</source>
        <translation>
            <numerusform>Solicite %n cuadrilla a %1 antes de %2 (plazo de llegada %3 h).</numerusform>
            <numerusform>Solicite %n cuadrillas a %1 antes de %2 (plazo de llegada %3 h).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % of customers within %2 h, %3</source>
        <translation>%1 % de los clientes en %2 h, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The target (%1) cannot be met in %n territory(ies) with the crews that can arrive in time: %2.</source>
        <translation>
            <numerusform>El objetivo (%1) no se puede cumplir en %n territorio con las cuadrillas que pueden llegar a tiempo: %2.</numerusform>
            <numerusform>El objetivo (%1) no se puede cumplir en %n territorios con las cuadrillas que pueden llegar a tiempo: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rather than meet it in some territories at the others&apos; expense, the crews go first where they save the most customer-hours for their cost, and those left over then meet the target where they can.</source>
        <translation>En lugar de cumplirlo en algunos territorios a costa de los demás, las cuadrillas van primero donde ahorran más horas-cliente por su coste, y las que sobran lo cumplen después donde pueden.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n territory(ies) would meet it with more crews arriving as early.</source>
        <translation>
            <numerusform>%n territorio lo cumpliría con más cuadrillas que llegaran igual de pronto.</numerusform>
            <numerusform>%n territorios lo cumplirían con más cuadrillas que llegaran igual de pronto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::crews::HistoryReplay</name>
    <message>
        <location filename="../model/crews/historyreplay.cpp" line="+55"/>
        <source>needs the columns first_seen_utc and last_seen_utc</source>
        <translation>necesita las columnas first_seen_utc y last_seen_utc</translation>
    </message>
</context>
<context>
    <name>stormcrew::crews::PlanSettingsParser</name>
    <message>
        <location filename="../model/crews/plansettings.cpp" line="+56"/>
        <source>--target %1: expected PERCENT@HOURS such as 95@48</source>
        <translation>--target %1: se esperaba PORCENTAJE@HORAS, por ejemplo 95@48</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--target %1: the percentage must be above 0 and at most 100</source>
        <translation>--target %1: el porcentaje debe ser mayor que 0 y como máximo 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--target %1: the hours must be above 0</source>
        <translation>--target %1: las horas deben ser mayores que 0</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--risk %1: expected p50, p80 or p90</source>
        <translation>--risk %1: se esperaba p50, p80 o p90</translation>
    </message>
</context>
<context>
    <name>stormcrew::demo::DemoBuilder</name>
    <message>
        <location filename="../model/demo/demobuilder.cpp" line="+106"/>
        <source>the demo file did not import cleanly:
%1</source>
        <translation>el archivo de la demostración no se importó sin rechazos:
%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a store already exists here; give --force to replace it with the demo (everything in it will be lost)</source>
        <translation>ya existe un almacén aquí; indique --force para sustituirlo por la demostración (se perderá todo su contenido)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the forecast cannot be issued before %1, when the demo history ends</source>
        <translation>la previsión no puede emitirse antes del %1, cuando termina la historia de la demostración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder for the store cannot be created</source>
        <translation>no se puede crear la carpeta del almacén</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no temporary folder for the demo files: %1</source>
        <translation>no hay carpeta temporal para los archivos de la demostración: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder for the demo files cannot be created</source>
        <translation>no se puede crear la carpeta de los archivos de la demostración</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the demo was cancelled; no store was written</source>
        <translation>la demostración se canceló; no se escribió ningún almacén</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drawing the utility&apos;s territories and assets</source>
        <translation>Generando los territorios y los activos de la compañía</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drawing the tree canopy raster</source>
        <translation>Generando el ráster de cobertura arbórea</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing territories, depots, assets and canopy</source>
        <translation>Importando territorios, bases, activos y cobertura arbórea</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the canopy raster left territory %1 without a canopy fraction</source>
        <translation>el ráster de cobertura arbórea dejó el territorio %1 sin fracción de cobertura</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing the storm history and its weather</source>
        <translation>Generando el historial de tormentas y su tiempo meteorológico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing the outages of every storm</source>
        <translation>Generando las interrupciones de cada tormenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing the past storms&apos; forecasts as they were issued</source>
        <translation>Generando los pronósticos de las tormentas pasadas tal como se emitieron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing the incoming storm&apos;s forecast</source>
        <translation>Generando la previsión de la tormenta en camino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the weather, storm and incident files</source>
        <translation>Escribiendo los archivos de tiempo meteorológico, tormentas e incidencias</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Importing the hourly weather of the storms</source>
        <translation>Importando el tiempo meteorológico horario de las tormentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the daily weather</source>
        <translation>Importando el tiempo meteorológico diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing the past storms&apos; forecasts as they were issued</source>
        <translation>Importando los pronósticos de las tormentas pasadas tal como se emitieron</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing the outage incidents and the storms</source>
        <translation>Importando las incidencias de interrupción y las tormentas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing the forecast grids</source>
        <translation>Importando las rejillas de previsión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recording storm outcomes and crews</source>
        <translation>Registrando los resultados de las tormentas y las cuadrillas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>demo store, seed %1, forecast issued %2</source>
        <translation>almacén de demostración, semilla %1, previsión emitida el %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Training the first outage model</source>
        <translation>Entrenando el primer modelo de interrupciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the first model could not be trained: %1</source>
        <translation>no se pudo entrenar el primer modelo: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Putting the store in place</source>
        <translation>Colocando el almacén en su sitio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the finished store cannot be moved into place from %1</source>
        <translation>el almacén terminado no se puede mover a su sitio desde %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo store is ready</source>
        <translation>El almacén de demostración está listo</translation>
    </message>
</context>
<context>
    <name>stormcrew::demo::DemoCsvFiles</name>
    <message>
        <location filename="../model/demo/democsvfiles.cpp" line="+87"/>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::demo::DemoGdalFiles</name>
    <message>
        <location filename="../model/demo/demogdalfiles.cpp" line="+97"/>
        <source>the demo&apos;s county boundaries are missing from this build</source>
        <translation>faltan los límites de condados de la demostración en esta compilación</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no &apos;fips&apos; and &apos;name&apos; fields</source>
        <translation>no tiene los campos &apos;fips&apos; y &apos;name&apos;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this GDAL has no GeoPackage driver</source>
        <translation>este GDAL no tiene el controlador GeoPackage</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <source>cannot be created</source>
        <translation>no se puede crear</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>cannot hold a territories layer</source>
        <translation>no puede contener una capa de territorios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot hold the field %1</source>
        <translation>no puede contener el campo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location line="+50"/>
        <source>cannot be written</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>cannot hold territory %1</source>
        <translation>no puede contener el territorio %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a CRS GDAL knows</source>
        <translation>%1 no es un SRC que GDAL conozca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot project the counties&apos; bounds into %1</source>
        <translation>no se pueden proyectar los límites de los condados a %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot be georeferenced</source>
        <translation>no se puede georreferenciar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this GDAL cannot write GRIB2</source>
        <translation>este GDAL no puede escribir GRIB2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+20"/>
        <source>cannot be staged in memory</source>
        <translation>no se puede preparar en memoria</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot be written as GRIB2</source>
        <translation>no se puede escribir como GRIB2</translation>
    </message>
</context>
<context>
    <name>stormcrew::demo::DemoStoreWriter</name>
    <message>
        <location filename="../model/demo/demostorewriter.cpp" line="+63"/>
        <source>%1 depots and %2 crew pools of the demo utility</source>
        <translation>%1 bases y %2 grupos de cuadrillas de la compañía de demostración</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>storm %1 or territory %2 is missing from the store</source>
        <translation>falta la tormenta %1 o el territorio %2 en el almacén</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 storm outcomes of the demo history</source>
        <translation>%1 resultados de tormentas del historial de la demostración</translation>
    </message>
</context>
<context>
    <name>stormcrew::hurricane::TrackRepository</name>
    <message>
        <location filename="../model/hurricane/trackrepository.cpp" line="+76"/>
        <source>holds no tropical storm; import a track first (stormcrew-cli import track FILE)</source>
        <translation>no contiene ninguna tormenta tropical; importe primero una trayectoria (stormcrew-cli import track ARCHIVO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds no tropical storm &apos;%1&apos;; it holds: %2</source>
        <translation>no contiene la tormenta tropical &apos;%1&apos;; contiene: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>has no forecast track of %1 issued at that time</source>
        <translation>no tiene una trayectoria pronosticada de %1 emitida a esa hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no best track of %1; import one, or name a forecast with --issued</source>
        <translation>no tiene la trayectoria observada de %1; importe una, o indique un pronóstico con --issued</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>territory %1 has a geometry that cannot be read</source>
        <translation>el territorio %1 tiene una geometría ilegible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>territory %1 has no centroid</source>
        <translation>el territorio %1 no tiene centroide</translation>
    </message>
</context>
<context>
    <name>stormcrew::hurricane::WindFieldWriter</name>
    <message>
        <location filename="../model/hurricane/windfieldwriter.cpp" line="+20"/>
        <source>is open read-only; storing a wind field needs write access</source>
        <translation>está abierto en solo lectura; guardar un campo de viento necesita acceso de escritura</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2 rows for %3 territories</source>
        <translation>%1: %2 filas para %3 territorios</translation>
    </message>
</context>
<context>
    <name>stormcrew::map::FeatureLoader</name>
    <message>
        <location filename="../ui/map/featureloader.cpp" line="+42"/>
        <source>territory %1 (%2) has an outline the map cannot read: %3</source>
        <translation>el territorio %1 (%2) tiene un contorno que el mapa no puede leer: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be opened as a vector file: %1</source>
        <translation>no se puede abrir como archivo vectorial: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::map::RasterSource</name>
    <message>
        <location filename="../ui/map/rastersource.cpp" line="+39"/>
        <source>does not exist; choose the basemap or overlay file again</source>
        <translation>no existe; vuelva a elegir el archivo del mapa base o de la capa superpuesta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a raster GDAL can read; choose a GeoTIFF, MBTiles or GeoPackage file</source>
        <translation>no es un ráster que GDAL pueda leer; elija un archivo GeoTIFF, MBTiles o GeoPackage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a raster GDAL can read (%1); choose a GeoTIFF, MBTiles or GeoPackage file</source>
        <translation>no es un ráster que GDAL pueda leer (%1); elija un archivo GeoTIFF, MBTiles o GeoPackage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no georeferencing (no coordinate system or no geotransform); georeference it, e.g. with gdal_translate -a_srs and -a_ullr, and choose it again</source>
        <translation>no está georreferenciado (no tiene sistema de coordenadas o geotransformación); georreferéncielo, p.&#xa0;ej. con gdal_translate -a_srs y -a_ullr, y vuelva a elegirlo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is empty or has no coordinate system; import the forecast file again</source>
        <translation>está vacía o no tiene sistema de coordenadas; vuelva a importar el archivo del pronóstico</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>cannot be held in memory (%1)</source>
        <translation>no se puede mantener en memoria (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot be reprojected to Web Mercator (%1)</source>
        <translation>no se puede reproyectar a Web Mercator (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has no raster bands</source>
        <translation>no tiene bandas ráster</translation>
    </message>
</context>
<context>
    <name>stormcrew::map::TerritoryMap</name>
    <message>
        <location filename="../ui/map/territorymap.cpp" line="+317"/>
        <source>%1 km (%2 mi)</source>
        <translation>%1 km (%2 mi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m (%2 mi)</source>
        <translation>%1 m (%2 mi)</translation>
    </message>
</context>
<context>
    <name>stormcrew::map::TrackLayer</name>
    <message>
        <location filename="../ui/map/tracklayer.cpp" line="+89"/>
        <source>%1 (%2), forecast</source>
        <translation>%1 (%2), pronóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2), best track</source>
        <translation>%1 (%2), trayectoria observada</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::HindsightSimulator</name>
    <message>
        <location filename="../model/replay/hindsight.cpp" line="+73"/>
        <source>%1 of the %2 crews deployed exceed what the store&apos;s crew sources hold; they are counted as own crews</source>
        <translation>%1 de las %2 cuadrillas desplegadas superan lo que tienen las fuentes de cuadrillas del almacén; se cuentan como cuadrillas propias</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the store records no crews deployed for this storm: the deployed crews&apos; simulation has no crews</source>
        <translation>el almacén no registra cuadrillas desplegadas para esta tormenta: la simulación de las cuadrillas desplegadas no tiene cuadrillas</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::PdfCanvas</name>
    <message>
        <location filename="../model/replay/pdfcanvas.cpp" line="+39"/>
        <location line="+30"/>
        <location line="+8"/>
        <source>cannot write the report: %1</source>
        <translation>no se puede escribir el informe: %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot draw the report: %1</source>
        <translation>no se puede dibujar el informe: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::ReplayExport</name>
    <message>
        <location filename="../model/replay/replayexport.cpp" line="+86"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+118"/>
        <source># Storm replay: %1</source>
        <translation># Reproducción de tormenta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2), %3 to %4 UTC. First outage %5.</source>
        <translation>%1 (%2), de %3 a %4 UTC. Primer corte %5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replayed as of %1, %2 h before the first outage, with model %3 (v%4); only forecasts issued and observations ended by then were read.</source>
        <translation>Reproducida a fecha de %1, %2 h antes del primer corte, con el modelo %3 (v%4); solo se leyeron los pronósticos emitidos y las observaciones terminadas para entonces.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Newest forecast read: issued %1.</source>
        <translation>Pronóstico más reciente leído: emitido %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted against actual</source>
        <translation>Previsto frente a real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| outages | expected | P10 | P50 | P90 | actual |</source>
        <translation>| cortes | esperados | P10 | P50 | P90 | reales |</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all territories</source>
        <translation>todos los territorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over %1 territories: MAE %2, RMSE %3, error of the total %4 %, Spearman %5, P10-P90 coverage %6 % (50 %: %7 %, 90 %: %8 %), mean log score %9.</source>
        <translation>Sobre %1 territorios: MAE %2, RMSE %3, error del total %4 %, Spearman %5, cobertura P10-P90 %6 % (50 %: %7 %, 90 %: %8 %), log score medio %9.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hindsight</source>
        <translation>Retrospectiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both simulated %1 times against the outages that happened; target %2 % within %3 h at %4. Hours count from the all-clear (the storm&apos;s end).</source>
        <translation>Cada uno simulado %1 veces frente a los cortes ocurridos; objetivo %2 % en %3 h a %4. Las horas cuentan desde el fin de la tormenta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>| | crews (own + aid) | customer-hours | cost | everyone back P50 | P90 |</source>
        <translation>| | cuadrillas (propias + ayuda) | horas-cliente | coste | todos restablecidos P50 | P90 |</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model&apos;s plan, as planned</source>
        <translation>plan del modelo, tal como se planificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model&apos;s plan, dispatched to the outages</source>
        <translation>plan del modelo, despachado a los cortes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crews deployed</source>
        <translation>cuadrillas desplegadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded: %1 customer-hours.</source>
        <translation>Registrado: %1 horas-cliente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| territory | expected | P10 | P90 | actual | error | in interval |</source>
        <translation>| territorio | esperados | P10 | P90 | reales | error | en el intervalo |</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no prediction</source>
        <translation>sin predicción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unknown report type &apos;.%1&apos;: name the file .pdf, .md or .csv</source>
        <translation>tipo de informe desconocido «.%1»: nombre el archivo .pdf, .md o .csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the report: %1</source>
        <translation>no se puede escribir el informe: %1</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::ReviewPdf</name>
    <message>
        <location filename="../model/replay/reviewpdf.cpp" line="+48"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+313"/>
        <source>Storm review: %1</source>
        <translation>Revisión de la tormenta: %1</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>%1 (%2), %3 to %4; first outage %5</source>
        <translation>%1 (%2), de %3 a %4; primera interrupción %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replayed as of %1, %2 h before the first outage, with model %3 (version %4); only forecasts issued and observations ended by then were read.</source>
        <translation>Repetida a fecha de %1, %2 h antes de la primera interrupción, con el modelo %3 (versión %4); solo se leyeron los pronósticos emitidos y las observaciones terminadas para entonces.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Newest forecast read: issued %1.</source>
        <translation>Pronóstico más reciente leído: emitido %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted against actual</source>
        <translation>Predicción frente a realidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outages, all territories</source>
        <translation>Interrupciones, todos los territorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <source>expected</source>
        <translation>esperadas</translation>
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
        <translation>reales</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Over %1 territories: MAE %2, RMSE %3, error of the total %4 %, Spearman %5, P10-P90 coverage %6 % (50 %: %7 %, 90 %: %8 %), mean log score %9.</source>
        <translation>En %1 territorios: MAE %2, RMSE %3, error del total %4 %, Spearman %5, cobertura P10-P90 %6 % (50 %: %7 %, 90 %: %8 %), puntuación logarítmica media %9.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hindsight: the crew plan against what happened</source>
        <translation>Retrospectiva: el plan de cuadrillas frente a lo que ocurrió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each simulated %1 times against the outages that happened; target %2 % of customers within %3 h at %4. Hours count from the all-clear (the storm&apos;s end); ± is one standard error.</source>
        <translation>Cada uno simulado %1 veces frente a las interrupciones ocurridas; objetivo %2 % de clientes en %3 h a %4. Las horas cuentan desde el fin del peligro (el final de la tormenta); ± es un error estándar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>crews (own + aid)</source>
        <translation>cuadrillas (propias + ayuda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer-hours</source>
        <translation>horas-cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone back P50</source>
        <translation>todos restablecidos P50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P10-P90</source>
        <translation>P10-P90</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model&apos;s plan, as planned</source>
        <translation>Plan del modelo, tal como se planificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model&apos;s plan, dispatched to the outages</source>
        <translation>Plan del modelo, despachado a las interrupciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crews actually deployed</source>
        <translation>Cuadrillas realmente desplegadas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recorded by the utility: %1 customer-hours.</source>
        <translation>Registrado por la compañía: %1 horas-cliente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Predicted against actual, the %n territories hit hardest</source>
        <translation>
            <numerusform>Predicción frente a realidad, el %n territorio más afectado</numerusform>
            <numerusform>Predicción frente a realidad, los %n territorios más afectados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>outages</source>
        <translation>interrupciones</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>expected, with P10-P90</source>
        <translation>esperadas, con P10-P90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>actual outside P10-P90</source>
        <translation>reales fuera de P10-P90</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Storm totals over time</source>
        <translation>Totales de la tormenta en el tiempo</translation>
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
        <translation>total predicho, P10-P90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>begun so far</source>
        <translation>iniciadas hasta ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still out</source>
        <translation>aún sin servicio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoration against the plan</source>
        <translation>Restablecimiento frente al plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of outages restored</source>
        <translation>% de interrupciones restablecidas</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>plan, dispatched: everyone back</source>
        <translation>plan, despachado: todos restablecidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crews deployed</source>
        <translation>cuadrillas desplegadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative</source>
        <translation>relativo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in P10-P90</source>
        <translation>en P10-P90</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no prediction</source>
        <translation>sin predicción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::StormActualsReader</name>
    <message>
        <location filename="../model/replay/stormactuals.cpp" line="+33"/>
        <source>no storm &apos;%1&apos; in this store (neither a code nor an id); `stormcrew-cli storms list` lists them</source>
        <translation>no hay ninguna tormenta &apos;%1&apos; en este almacén (ni código ni id); `stormcrew-cli storms list` las lista</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no storm with id %1 in this store; `stormcrew-cli storms list` lists them</source>
        <translation>no hay ninguna tormenta con id %1 en este almacén; `stormcrew-cli storms list` las lista</translation>
    </message>
</context>
<context>
    <name>stormcrew::replay::StormReplayer</name>
    <message>
        <location filename="../model/replay/stormreplayer.cpp" line="+106"/>
        <source>the lead time must be from 0 to 720 hours, not %1</source>
        <translation>la antelación debe ser de 0 a 720 horas, no %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>storm %1 has no recorded outcomes or incidents, so there is nothing to replay it against; import its incidents (`stormcrew-cli import incidents`) or its outcomes first</source>
        <translation>la tormenta %1 no tiene resultados ni incidencias registrados, así que no hay con qué compararla; importe antes sus incidencias (`stormcrew-cli import incidents`) o sus resultados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The storm has no incidents: the lead time counts back from its start.</source>
        <translation>La tormenta no tiene incidencias: la antelación se cuenta desde su inicio.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No model was active at %1 (the activation history starts later); the model active now is replayed instead.</source>
        <translation>Ningún modelo estaba activo el %1 (el historial de activaciones empieza después); se reproduce en su lugar el modelo activo ahora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model %1 was trained after this storm and may have learnt from it: the replay is in-sample for the model, out-of-sample only for the weather.</source>
        <translation>El modelo %1 se entrenó después de esta tormenta y puede haber aprendido de ella: la reproducción es dentro de muestra para el modelo y fuera de muestra solo para el tiempo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as of %1 (%2 h before the first outage) nothing was known of storm %3&apos;s weather: its first forecast was issued %4; choose a shorter --lead</source>
        <translation>a fecha de %1 (%2 h antes del primer corte) no se sabía nada del tiempo de la tormenta %3: su primer pronóstico se emitió el %4; elija un --lead más corto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>as of %1 (%2 h before the first outage) nothing was known of storm %3&apos;s weather, and the store holds no forecast of it; import its forecasts with their issued_time (docs/ingest-rasters-weather.md)</source>
        <translation>a fecha de %1 (%2 h antes del primer corte) no se sabía nada del tiempo de la tormenta %3 y el almacén no tiene ningún pronóstico de ella; importe sus pronósticos con su issued_time (docs/ingest-rasters-weather.md)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unlike the training storms: %1</source>
        <translation>Distinta de las tormentas de entrenamiento: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no storm in this store has recorded outcomes or incidents; import incidents or outcomes first</source>
        <translation>ninguna tormenta de este almacén tiene resultados o incidencias registrados; importe antes incidencias o resultados</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no recorded outcomes or incidents</source>
        <translation>%1: sin resultados ni incidencias registrados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: nothing known of its weather as of %2</source>
        <translation>%1: nada conocido de su tiempo a fecha de %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>none of the storms could be replayed %1 h before its first outage: %2</source>
        <translation>ninguna de las tormentas pudo reproducirse %1 h antes de su primer corte: %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::training::TerritoryGroups</name>
    <message>
        <location filename="../model/training/territorygroups.cpp" line="+23"/>
        <source>No depot</source>
        <translation>Sin depósito</translation>
    </message>
</context>
<context>
    <name>stormcrew::training::TrainingCallRepository</name>
    <message>
        <location filename="../model/training/trainingcalls.cpp" line="+41"/>
        <source>the training tables cannot be created: %1</source>
        <translation>no se pueden crear las tablas de formación: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the total</source>
        <translation>el total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crews for %1 must be a number from 0 up, not %2</source>
        <translation>las cuadrillas de %1 deben ser un número desde 0, no %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outages for %1 must be a number from 0 up, not %2</source>
        <translation>las interrupciones de %1 deben ser un número desde 0, no %2</translation>
    </message>
</context>
<context>
    <name>stormcrew::training::TrainingDiscussion</name>
    <message>
        <location filename="../model/training/trainingdiscussion.cpp" line="+29"/>
        <source>No storm was revealed in this session, so there is nothing to discuss yet.</source>
        <translation>En esta sesión no se ha revelado ninguna tormenta, así que aún no hay nada que comentar.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over %n storm(s), the trainee was within 20 % of the actual outages on %1 and the model on %2; the trainee was closer on %3, the model on %4.</source>
        <translation>
            <numerusform>En %n tormenta, el alumno quedó a menos del 20 % de las interrupciones reales en %1 y el modelo en %2; el alumno se acercó más en %3, el modelo en %4.</numerusform>
            <numerusform>En %n tormentas, el alumno quedó a menos del 20 % de las interrupciones reales en %1 y el modelo en %2; el alumno se acercó más en %3, el modelo en %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trainee and the model differed most on %1 (trainee %2, model %3, actual %4), and were equally far off.</source>
        <translation>El alumno y el modelo difirieron más en %1 (alumno %2, modelo %3, real %4), y se equivocaron por igual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trainee and the model differed most on %1 (trainee %2, model %3, actual %4) and the trainee was closer: what did the trainee see that the model did not?</source>
        <translation>El alumno y el modelo difirieron más en %1 (alumno %2, modelo %3, real %4) y el alumno se acercó más: ¿qué vio el alumno que el modelo no vio?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trainee and the model differed most on %1 (trainee %2, model %3, actual %4) and the model was closer: which of its inputs (the what-if explorer shows them) did the call leave out?</source>
        <translation>El alumno y el modelo difirieron más en %1 (alumno %2, modelo %3, real %4) y el modelo se acercó más: ¿qué datos del modelo (el explorador de hipótesis los muestra) dejó fuera la estimación?</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The trainee called more outages than happened on %1 of %n storm(s): a cautious lean that costs crews standing by.</source>
        <translation>
            <numerusform>El alumno estimó más interrupciones de las que hubo en %1 de %n tormenta: una tendencia prudente que cuesta cuadrillas en espera.</numerusform>
            <numerusform>El alumno estimó más interrupciones de las que hubo en %1 de %n tormentas: una tendencia prudente que cuesta cuadrillas en espera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The trainee called fewer outages than happened on %1 of %n storm(s): a lean that leaves customers waiting for crews.</source>
        <translation>
            <numerusform>El alumno estimó menos interrupciones de las que hubo en %1 de %n tormenta: una tendencia que deja a los clientes esperando cuadrillas.</numerusform>
            <numerusform>El alumno estimó menos interrupciones de las que hubo en %1 de %n tormentas: una tendencia que deja a los clientes esperando cuadrillas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The group call furthest off was %1 on %2: %3 called, %4 happened (%5 % off); the model said %6.</source>
        <translation>La estimación de grupo más alejada fue %1 en %2: %3 estimadas, %4 reales (%5 % de desvío); el modelo dijo %6.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Crews differed most on %1: %2 called, %3 deployed.</source>
        <translation>Las cuadrillas difirieron más en %1: %2 estimadas, %3 desplegadas.</translation>
    </message>
</context>
<context>
    <name>stormcrew::training::TrainingSandbox</name>
    <message>
        <location filename="../model/training/trainingsandbox.cpp" line="+29"/>
        <source>does not exist; a training session needs the operational store to copy</source>
        <translation>no existe; una sesión de formación necesita copiar el almacén operativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be opened read-only for the training copy: %1</source>
        <translation>no se puede abrir en solo lectura para la copia de formación: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no temporary folder for the training copy: %1; free some space in the temporary folder (TMPDIR)</source>
        <translation>no hay carpeta temporal para la copia de formación: %1; libere espacio en la carpeta temporal (TMPDIR)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot be created for the training copy: %1</source>
        <translation>no se puede crear para la copia de formación: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>cannot be copied for training: %1</source>
        <translation>no se puede copiar para la formación: %1</translation>
    </message>
</context>
</TS>
