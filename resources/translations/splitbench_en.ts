<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>splitbench::gui::ModelPanel</name>
    <message numerus="yes">
        <source>⚠ Nobody is Responsible for %n activity(s) here: give R to the provider or the internal team.</source>
        <translation>
            <numerusform>⚠ Nobody is Responsible for %n activity here: give R to the provider or the internal team.</numerusform>
            <numerusform>⚠ Nobody is Responsible for %n activities here: give R to the provider or the internal team.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ReportActions</name>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Printed %n page.</numerusform>
            <numerusform>Printed %n pages.</numerusform>
        </translation>
    </message>
</context>
</TS>
