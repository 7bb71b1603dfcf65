<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MapRegion</name>
    <message numerus="yes">
        <location filename="../ui/qml/panels/MapRegion.qml" line="+21"/>
        <source>%n territories</source>
        <translation>
            <numerusform>%n territory</numerusform>
            <numerusform>%n territories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stormcrew::ImportTransaction</name>
    <message numerus="yes">
        <location filename="../model/ingest/importtransaction.cpp" line="+49"/>
        <source>%n row(s) rejected, nothing imported; fix the input or use --keep-going</source>
        <translation>
            <numerusform>%n row rejected, nothing imported; fix the input or use --keep-going</numerusform>
            <numerusform>%n rows rejected, nothing imported; fix the input or use --keep-going</numerusform>
        </translation>
    </message>
</context>
</TS>
