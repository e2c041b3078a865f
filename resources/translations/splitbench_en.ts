<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>splitbench</name>
    <message numerus="yes">
        <source>%n more decisive value(s)</source>
        <translation>
            <numerusform>%n more decisive value</numerusform>
            <numerusform>%n more decisive values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitbench::gui::CostPage</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitbench::gui::CostTableModel</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ImportReviewDialog</name>
    <message numerus="yes">
        <source>%n activity(s) matched exactly</source>
        <translation>
            <numerusform>%n activity matched exactly</numerusform>
            <numerusform>%n activities matched exactly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra row(s)</source>
        <translation>
            <numerusform>%n extra row</numerusform>
            <numerusform>%n extra rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) read with a change</source>
        <translation>
            <numerusform>%n cell read with a change</numerusform>
            <numerusform>%n cells read with a change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) guessed</source>
        <translation>
            <numerusform>%n row guessed</numerusform>
            <numerusform>%n rows guessed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s) missing: taken from %1</source>
        <translation>
            <numerusform>%n activity missing: taken from %1</numerusform>
            <numerusform>%n activities missing: taken from %1</numerusform>
        </translation>
    </message>
</context>
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
    <name>splitbench::gui::ParticipantActions</name>
    <message numerus="yes">
        <source>Imported %n participant file(s): %1.</source>
        <translation>
            <numerusform>Imported %n participant file: %1.</numerusform>
            <numerusform>Imported %n participant files: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ProfileDocument</name>
    <message numerus="yes">
        <source>Import %n participant file(s)</source>
        <translation>
            <numerusform>Import %n participant file</numerusform>
            <numerusform>Import %n participant files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitbench::gui::RecommendationBanner</name>
    <message numerus="yes">
        <source>Over %n months, %1 costs %2 and %3 costs %4</source>
        <translation>
            <numerusform>Over %n month, %1 costs %2 and %3 costs %4</numerusform>
            <numerusform>Over %n months, %1 costs %2 and %3 costs %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fits best (%2 of 100) · costs %3 over %n months (%4 %5)</source>
        <translation>
            <numerusform>%1 fits best (%2 of 100) · costs %3 over %n month (%4 %5)</numerusform>
            <numerusform>%1 fits best (%2 of 100) · costs %3 over %n months (%4 %5)</numerusform>
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
