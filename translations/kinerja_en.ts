<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::AccountRepository</name>
    <message>
        <source>Cannot set the account&apos;s roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts need an office server: on a file the person working is the computer&apos;s user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read who is logged in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the account of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the roles of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the accounts&apos; roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the account “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link the account to the employee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot disable the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enable the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that login already exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login is up to 63 lower-case letters, digits, “_” and “.”, starting with a letter, and not a name the server reserves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Appraisal</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (diajukan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated (dinilai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical (teknis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managerial (manajerial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-cultural (sosial kultural)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of the sub-periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result of the last sub-period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing sub-period is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing sub-period counts as the lowest result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result while a sub-period is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keberatan filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keberatan explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keberatan decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalBulk</name>
    <message>
        <source>The period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is closed; no appraisal can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no position recorded by the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another period to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is closed; nothing can be copied into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no appraisal for %1 yet; create it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appraisal for %1 is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two periods use different kinds of scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appraisal for %1 has an SKP plan already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appraisal for %1 has no plan to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is closed and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IKM is recorded for this unit in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its scheme has no indicator “%1” rated by the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who rates the appraisals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalContent</name>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Rencana Hasil Kerja is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, indicator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the indicator text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the target must be more than 0, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the realisasi cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the realisasi cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than 0, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan “%1”: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity target (TO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quality target (TK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time target (TW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost target (TB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity realised (RO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quality realised (RK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time realised (RW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost realised (RB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cost realised (RB) needs a cost target (TB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown perilaku aspect %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a score from 0 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme of %1 has no indicator “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not rated by %2 in this scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a peer rating needs the colleague who gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 cannot be their own peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague giving the peer rating does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalRepository</name>
    <message>
        <source>The period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is closed; no appraisal can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an appraisal for %2 (%3). There is one appraisal per employee and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no position recorded by the end of %2 (see the riwayat), so there is nothing to appraise in that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be deleted; %1 is %2 and is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be their own pejabat penilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen pejabat penilai does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian SKP must be a number from 0 to 120, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tugas tambahan points cannot be negative or empty (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreativitas points cannot be negative or empty (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be rolled up from %2 periods: they are not shorter than %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalResults</name>
    <message>
        <source>The period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is closed; its results cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored final result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from today&apos;s computation (%1); the final result stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalScorer</name>
    <message>
        <source>Perilaku rating chosen by the pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls in no predikat band of this scheme version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat under this scheme version&apos;s bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll-up policy stored on this appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sub-periods of the kind “%2” to roll up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll-up from the sub-periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was appraised under another kind of scheme (%2), so it cannot be rolled up into a %3 result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hasil %2, perilaku %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result (counted as the lowest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sub-period has a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last sub-period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di Bawah = 0, Sesuai = 1, Di Atas = 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rating hasil kerja (%1), rounded half up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rating perilaku kerja (%1), rounded half up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::AppraisalWorkflow</name>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who takes this step on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is for an appraisal that is %1, but %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be submitted: the SKP has no RHK Utama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be submitted: every RHK needs at least one indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be submitted: the SKP has no kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be marked as rated yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; only a rated appraisal can be made final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a keberatan that the atasan pejabat penilai has not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who makes the appraisals final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reopening %1; it is recorded with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keberatan is recorded while the appraisal is rated and not final; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no keberatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a keberatan (filed %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keberatan on %1 is decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keberatan needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keberatan needs the date it was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation of the pejabat penilai needs its text and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation cannot be dated before the keberatan (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision of the atasan pejabat penilai needs its text and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot be dated before the keberatan (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Appraisals</name>
    <message>
        <source>the appraisal of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is closed, so %2 cannot change. Reopen the period first (with a reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is final and cannot change. Reopen it first (with a reason) if it must be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses a %2 scheme; this belongs to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::AuditTrail</name>
    <message>
        <source>entry %1: its hash does not match its content (it was edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: it is the first entry but names one before it (earlier entries were removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: it does not follow entry %2 (an entry between them was removed or changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no audit entry: added outside Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists, but its last audit entry %2 deleted it: restored outside Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from its last audit entry %2: changed outside Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists, but its last audit entry %2 does not delete it: removed outside Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger %1 is missing: changes to %2 are not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger %1 is disabled: changes to %2 are not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Bands</name>
    <message>
        <source>Rounded to 2 decimals (as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls in no predikat band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with a new idea or way of working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — band not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Berakhlak</name>
    <message numerus="yes">
        <source>%n value(s) Di Bawah Ekspektasi</source>
        <translation>
            <numerusform>%n value Di Bawah Ekspektasi</numerusform>
            <numerusform>%n values Di Bawah Ekspektasi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 7 values Di Atas Ekspektasi, at least %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value Di Bawah Ekspektasi; %1 of 7 Di Atas, fewer than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested work behaviour rating (the rater decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion of this application; PermenPANRB 6/2022 leaves the rating to the rater</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Database</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Kinerja database: it is not an SQLite database file at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or unreadable and was not opened (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Kinerja database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kinerja (database version %2; this Kinerja knows up to version %3). Update Kinerja to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup copy “%1” before upgrading the database: %2. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading “%1” to version %2 failed: %3. The database was left at version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the Kinerja server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost; your changes are still here. Save again when the server is back.

(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Kinerja database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Kinerja schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the schema of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Kinerja (database version %2; this Kinerja knows up to version %3). Update Kinerja to use it; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Kinerja schema yet. An administrator creates it with: kinerja-cli server init --db %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at database version %2, and this Kinerja needs version %3. An administrator upgrades it with: kinerja-cli server upgrade --db %4. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Kinerja database (version %2); it was not changed. Use server upgrade for a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Kinerja schema to upgrade. Create it with: kinerja-cli server init --db %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file has no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server %1 to check the password: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::DatabaseCopy</name>
    <message>
        <source>Cannot read table %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 has different columns in %2 and in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write table %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: table %2 holds %3 row(s). Copy only into a new, empty database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 has %2 rows in %3 but %4 in the copy; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both databases must be open to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be copied into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at database version %2 and %3 at version %4: both must be at the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has tables this Kinerja cannot copy (%2) or lacks tables it expects (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the copy into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was copied, but updating its planner statistics (ANALYZE) failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::DemoGenerator</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo unit “%1” was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo employee %1 (NIP %2) was refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of employees must be from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds units or employees; demo data is only written into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years of appraisal history must be from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo appraisal of %1 for %2 was refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo appraisal of %1 could not be made final: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo appraisals for %1 were refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Distribution</name>
    <message>
        <source>%1 and/or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% &gt; at most %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% &lt; at least %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none, but the pattern must include some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation predikat %1 has two patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern %1, rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no predikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “at least %2%” and “at most %3%” must lie within 0–100% with at least ≤ at most.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Employee</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired (pensiun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out (mutasi keluar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased (meninggal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::EmployeeRepository</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee cannot be their own atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen atasan does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be the atasan: the chain of atasan would loop back (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP %1 is already recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change must take effect on or after %1, the date of the last riwayat entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heads “%2”. Choose another head for the unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the atasan of %2 employee(s) (%3). Give them another atasan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 appraisal(s), which are kept, so the employee cannot be deleted. Record that they left (an employment state) instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::EmployeeRules</name>
    <message>
        <source>A PPPK needs a Nomor Induk PPPK (digit 13 is 2), but this is a PNS NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNS or CPNS needs a PNS NIP (digits 13–14 are the TMT month), but this is a Nomor Induk PPPK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the employee&apos;s name, without academic titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must contain letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PPPK golongan, from I to XVII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pangkat and golongan ruang, from I/a to IV/e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the jabatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPT needs its level: JPT Utama, JPT Madya or JPT Pratama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jabatan fungsional needs its jenjang: Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir or Penyelia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jabatan %1 has no jenjang; leave the jenjang empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the jenis jabatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the employee works in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the employment state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date on which the state “%1” began.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Explanation</name>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ExportQuery</name>
    <message>
        <source>The %1 cannot be read from the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraisals of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators of the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Ikm</name>
    <message>
        <source>Row %1, %2 (%3): “%4” is not an answer 1–4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nobody answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM (sum of NRR tertimbang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM unit pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::IkmSurveyRepository</name>
    <message>
        <source>The period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is closed; its IKM cannot change. Reopen it first (with a reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey needs at least one respondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 answers totalling %4 cannot come from %5 respondents answering 1–4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKM must be 0–100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Nip</name>
    <message>
        <source>Enter the NIP: 18 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP may contain only digits; spaces, dots and dashes between the groups are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP must have exactly 18 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 1–8 of the NIP must be the birth date as YYYYMMDD: a real calendar date, in 1940 or later and not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 13–14 of a PNS NIP must be the month of the TMT CPNS (01–12); a Nomor Induk PPPK has 2 at digit 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 9–12 of the NIP must be the year of the start date (TMT), from 1960 to next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit 14 of a PPPK NIP (Nomor Induk PPPK) must be a digit from 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit 15 of the NIP must be the gender: 1 (male) or 2 (female).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 16–18 of the NIP must be a serial number from 001 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date (TMT) in digits 9–14 of the NIP must be after the birth date in digits 1–8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date (digits 1–8) and the start date (TMT, digits 9–14) of the NIP give an age at start outside 18–60 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::PerilakuMean</name>
    <message>
        <source>Kepemimpinan not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a structural position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai perilaku kerja (mean of the aspects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0–%2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Period</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period: write 2026, 2026-S1, 2026-Q1 or 2026-M03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the year must be 1900–9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the month must be two digits 01–12, as in 2026-M03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the quarter must be 1–4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the semester must be 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::PeriodRepository</name>
    <message>
        <source>The period is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen scheme version does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is closed and cannot change. Reopen it first (with a reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who closes period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who reopens period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reopening period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 has %2 appraisal(s) and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKM must be 0–100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Pp30</name>
    <message>
        <source>SKP %1% + perilaku %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian SKP must be 0–120, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai kinerja (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New idea or way of working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Pp46</name>
    <message>
        <source>%1, efficiency ≤ 24%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, efficiency &gt; 24%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than 0, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity target (TO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality target (TK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time target (TW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost target (TB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity realised (RO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality realised (RK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time realised (RW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost realised (RB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuantitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kualitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time efficiency (efisiensi waktu, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost efficiency (efisiensi biaya, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perhitungan (sum of the aspects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai capaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tasks (kegiatan) of the SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tugas tambahan points cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreativitas points cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai capaian SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nilai prestasi kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Rating</name>
    <message>
        <source>Work results rating (rating hasil kerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work behaviour rating (rating perilaku kerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee predikat (predikat kinerja pegawai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix row: results “%1”; column: behaviour “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::RecapQuery</name>
    <message>
        <source>The %1 cannot be read from the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraisals of the recap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predikat counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff without an appraisal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Refusal</name>
    <message>
        <source>You may not make this change: the roles of your account do not allow it, and the server refused it. If your work needs it, ask the personnel administrator (admin kepegawaian) to change your roles or their scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Role</name>
    <message>
        <source>Personnel administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraising official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superior of the appraising official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership (read only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::RowVersion</name>
    <message>
        <source>Your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appraisal was deleted after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee was deleted after you opened them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scheme was deleted after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit was deleted after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period was deleted after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this appraisal at %2 on %3 after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this employee at %2 on %3 after you opened them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this scheme at %2 on %3 after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this unit at %2 on %3 after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this period at %2 on %3 after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this appraisal after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this employee after you opened them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this scheme after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this unit after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this period after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::SchemeDefinition</name>
    <message>
        <source>The scheme definition is not valid: “%1” is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perilaku suggestion needs 1 to 7 values “Di Atas Ekspektasi”, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme has no predikat bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme definition is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted indicators of this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PermenPANRB 6/2022 (ratings and predikat matrix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP 46/2011 (SKP 60% + perilaku 40%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP 30/2019 (SKP and perilaku, 70/30 or 60/40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::SchemeRepository</name>
    <message>
        <source>The scheme version no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheme with the code “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a %2 scheme; its kind cannot change. Create a new scheme instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a ready-made scheme and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used by %2 appraisal(s) and %3 period(s) and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ScratchCopy</name>
    <message>
        <source>Cannot connect to the server of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on the server of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ServerAddress</name>
    <message>
        <source>“%1” is not a server address: %2. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (user %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::SettingRepository</name>
    <message>
        <source>The setting “%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is %1 KB; at most %2 KB can be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::Unit</name>
    <message>
        <source>Regency government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional agency (perangkat daerah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division (bidang/bagian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section (seksi/subbagian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village (kelurahan/desa)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::UnitRepository</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit named “%1” already exists at this place in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already the top of the unit tree; choose a parent unit for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent unit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen head does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not work in “%2”; move them to the unit before making them its head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot head a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the top of the unit tree and cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new parent unit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be moved under “%2”: that unit is part of “%1” itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the top of the unit tree and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it still has %2 staff member(s) (%3 inactive) and %4 sub-unit(s). Move them to another unit, or merge “%1” into another unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be merged into “%2”, which is part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the top of the unit tree and cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit “%1” merged into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::WeightedScoring</name>
    <message>
        <source>%1 is not on the scale 1–5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a percentage 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the realisation cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing parts: weights renormalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing parts: counted as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (mean of %n rating(s))</source>
        <translation>
            <numerusform> (mean of %n rating)</numerusform>
            <numerusform> (mean of %n ratings)</numerusform>
        </translation>
    </message>
    <message>
        <source>every indicator is unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target and realisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no predikat bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator “%1” has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two indicators have the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the weight cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the target must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: no rater is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the weight of %2 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: rater weights total %2, not 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator weights total %1, not 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District service staff (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness of task completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed of response to public complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public satisfaction (the unit&apos;s IKM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in competence development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP (lesson hours) a year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::AccountCommand</name>
    <message>
        <source>Manage the accounts of an office server: logins, employees, roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin kepegawaian&apos;s (or the database owner&apos;s) commands for the accounts of an office server; each person logs in with a server login of their own, and the server enforces what each role may see and change.
  create LOGIN [--employee NIP] --role ROLE[:UNIT]...  creates the login and its account
  list                          lists the accounts with employee and roles
  link LOGIN NIP                links the account to an employee (NIP &quot;-&quot; unlinks)
  roles LOGIN --role ROLE[:UNIT]...  replaces the account&apos;s roles
  reset-password LOGIN          sets a new password
  disable LOGIN | enable LOGIN  the login cannot connect while disabled
Roles: admin, pengelola, penilai, atasan, pegawai, pimpinan. pengelola and pimpinan take a unit (its number or exact name; the unit and those below it), without one the whole agency. The password is asked twice without echo on a terminal, or read as one line from stdin with --password-stdin; it reaches the server only as a SCRAM-SHA-256 verifier. Exit code 0 on success, 1 on a failure, 2 for a wrong command line or a file instead of a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database (required; accounts need an office server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the employee the account belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role[:unit]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, roles: a role, with a unit for pengelola and pimpinan (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password as one line from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link: the employee&apos;s NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role “%1” in --role %2: use admin, pengelola, penilai, atasan, pegawai or pimpinan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role %1: only pengelola and pimpinan take a unit; the scope of %2 follows from the account&apos;s employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask the password on: give it on stdin with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to do: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account link needs the login and the NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 needs the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role belongs to account create and account roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--employee belongs to account create; use account link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account roles needs at least one --role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts need an office server: --db postgresql://user@host:port/dbname, not the file “%1”. On a file the person working is the computer&apos;s user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no employee with NIP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the account %1 with its server login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 to the employee %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked %1 from its employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the roles of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1: the login cannot connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::AuditCommand</name>
    <message>
        <source>Check the audit trail: that no entry was changed or removed and that no row was changed outside Kinerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify  walks the whole audit trail the database keeps of every change: each entry&apos;s hash and its link to the entry before it, the triggers that write it, and every employee, unit, period, scheme and appraisal row against its last entry. Prints the number of entries and OK, or the first broken entry and what is wrong there.
Exit code 0 when the trail holds, 1 when it is broken, 2 for a wrong command line or a database that cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a file or postgresql://user@host:port/dbname (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”: use verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name or a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of %1: BROKEN after checking %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First broken entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of %1: %2 entries, OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records were not compared with their entries: this login sees only part of them. Run the check as the database owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::Cli</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 wrong command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja on the command line: demo data, database information, printing, export and import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::Console</name>
    <message>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::Copy</name>
    <message>
        <source>Copying %1 (table %2 of %3, %4 rows): %5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables in %3 s (%4 rows a second).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::DemoCommand</name>
    <message>
        <source>Creating demo data: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database was not closed cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database with demo data: a made-up district government.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a database filled with a believable, made-up district government: units, heads and staff with valid NIPs, atasan chains and riwayat. The same seed always gives the same data. The file appears only when it is complete: after an error or Ctrl-C no half-written database is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the database to &lt;file&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of employees, from 1 to %1 (default: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator; the same seed gives the same data (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &lt;file&gt; if it already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--employees must be a whole number from 1 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists. Use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove this unfinished file of an earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; no database was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the new database in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 employees in %2 units: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create &lt;y&gt; years of appraisal history under PermenPANRB 6/2022, ending with %1: the quarters and the year, every appraisal final and every period closed; from 0 to %2 (default: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years must be a whole number from 0 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal history %1: %2 appraisals in %3 periods, all final and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force replaces a file; a server database is never replaced. Use an empty database (kinerja-cli server init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; nothing was written to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::ExportCommand</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the appraisal recap of --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the recap: 2025-Q4, 2025-M03 or 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this unit, by its exact name or its number (default: every unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the unit&apos;s own staff, not its sub-units&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees: include those no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the delimiter; semicolon also writes decimal commas (default: comma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: without the UTF-8 byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX recap: one more sheet per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX recap: without the RHK detail sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX recap: without the summary per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the headers, sheet names and messages: id (the default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recap needs --period (e.g. --period 2025-Q4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required (a .xlsx or .csv file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .xlsx or .csv, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be comma or semicolon, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the appraisal recap of a period, the employees, or an entry template, to XLSX or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entry template of --period (XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --recap, --employees and --template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template needs --period (e.g. --period 2025-Q4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template writes .xlsx only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the entry template for %n appraisal(s), %1 of them locked (final, or the period is closed): %2</source>
        <translation>
            <numerusform>Wrote the entry template for %n appraisal, %1 of them locked (final, or the period is closed): %2</numerusform>
            <numerusform>Wrote the entry template for %n appraisals, %1 of them locked (final, or the period is closed): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the appraisal recap of a period (--recap: one row per appraisal; in XLSX also the RHK details, a summary per unit and optionally a sheet per unit) or the employees (--employees) of a unit with its sub-units, or of the whole agency, to an XLSX or CSV file chosen by the extension of --out. CSV is UTF-8 with a BOM and commas, or with --delimiter semicolon and a decimal comma as Indonesian Excel expects. --template writes an XLSX entry workbook for --period (and --unit) that staff and supervisors fill in: identity columns locked, the ratings as dropdowns, an instructions sheet; kinerja-cli import --appraisals reads it back. The file appears only when complete; after an error or Ctrl-C nothing is left behind. --sqlite writes a consistent copy of the whole database, a server&apos;s too, to a new Kinerja file (an archive, or a copy for a laptop), readable by its owner only. Exit code 0 on success, 1 on a failure, 2 for a wrong command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to read: a file or a server address postgresql://user@host:port/dbname (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole database, read in one snapshot, to a new Kinerja file (.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sqlite: replace the file if it already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sqlite writes the whole database; it takes no --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sqlite needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists. Use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the database being copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove this unfinished file of an earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database was not closed cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the new database in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a copy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::ImportCommand</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to write (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employees to import: an .xlsx or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the changes take effect in the riwayat, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the messages: id (the default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--effective must be a date as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n problem; nothing was imported.</numerusform>
            <numerusform>%n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems; importing would give: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import employees, appraisal data or IKM survey responses from an XLSX or CSV file, checking every row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the employees of an XLSX or CSV file, finding the columns by their Indonesian or English names (NIP, Nama, Gelar Depan, Gelar Belakang, Status, Pangkat/Golongan, Jabatan, Jenis Jabatan, Jenjang, Unit Kerja, NIP Atasan; NIP, Nama, Jabatan and Unit Kerja are required). Every problem is listed with its row and column, and then nothing is written. A file without problems is imported in one step: employees are added or updated by NIP, and the changes take effect on --effective (default: today).

--appraisals reads appraisal data by NIP and period: a filled entry template (kinerja-cli export --template), or a sheet with the columns NIP, Periode and any of Rating Hasil Kerja, Rating Perilaku Kerja, Capaian SKP, Rekomendasi; or NIP, Periode, No. Indikator and Target, Realisasi, Bukti Dukung, Umpan Balik; or NIP, Periode, No. Kegiatan and the targets and realisations of a PP 46/2011 SKP. Without a Periode column, --period gives the period.

--ikm reads the answers of an IKM survey, one row per respondent with the columns U1 to U9 (answers 1 to 4), for --unit and --period, and records the unit&apos;s IKM, replacing an earlier survey of that unit and period.

Exit code 0 when imported (or, with --dry-run, when the file has no problem), 1 when it has problems or cannot be read, 2 for a wrong command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal data to import (a filled entry template, or ratings, targets and realisations by NIP and period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM survey responses to import (U1–U9, one row per respondent), for --unit and --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period, e.g. 2025-Q4: of --ikm, or of --appraisals rows without a Periode column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ikm: the surveyed unit, by name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --employees, --appraisals and --ikm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ikm needs --unit and --period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::InfoCommand</name>
    <message>
        <source>Show what a database holds: schema version, units and employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to read (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees: %1 (active %2, inactive %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded to the current schema; the previous version was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: the newest %1 entries hold (kinerja-cli audit verify checks them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::Lookup</name>
    <message>
        <source>There is no period “%1” in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several units are named “%1” (numbers %2); give the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be id or en, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::PrintCommand</name>
    <message>
        <source>Print appraisal sheets of a period to PDF, for a unit or for some employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the appraisal sheets of a period into one PDF (--out) or one PDF per employee named by NIP and name (--per-employee), for a unit with its sub-units, for the employees given by --nip, or for the whole agency. The agency header comes from the database&apos;s settings. Sheets with something missing (no pejabat penilai, no agency name, an appraisal not final) are printed with the gap marked and listed on stderr. The output appears only when complete; after an error or Ctrl-C nothing is left behind. Exit code 0 when every sheet was printed, 1 when something failed or was skipped, 2 for a wrong command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to read (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period: 2025-Q4, 2025-M03 or 2025 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit, by its exact name or its number (default: every unit, unless --nip is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the unit&apos;s own staff, not its sub-units&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this employee&apos;s appraisal; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated documents to print where they apply to the appraisal&apos;s scheme: %1 (default: every document of the scheme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 or f4 (215 × 330 mm); default a4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date by the signatures, YYYY-MM-DD (default: the date the appraisal was finalized or rated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything into this PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one PDF per employee into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the sheets and of the messages: id (the official forms, the default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is required (e.g. --period 2025-Q4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --out FILE or --per-employee FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper must be a4 or f4, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document “%1”; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sign-date must be a date as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP %1 has no appraisal for %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no appraisals for %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraisal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every sheet: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 of %2 appraisals, %3 pages: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a recap of the unit and period instead of the sheets: %1 (predikat per employee and the distribution, pending appraisals per unit, competency development needs). Needs --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown recap “%1”; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recap prints one file for the unit: use --out, without --per-employee, --nip or --document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1, %2 pages: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::cli::ServerCommand</name>
    <message>
        <source>Set up an office&apos;s PostgreSQL server database: create, upgrade or load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator&apos;s commands for the office server:
  init      creates the Kinerja schema in an empty PostgreSQL database.
  upgrade   upgrades the schema to this Kinerja&apos;s version, each step in one transaction (run pg_dump first).
  load FILE copies an office&apos;s Kinerja file (.sqlite) into a new server database that server init created: every table, the ids kept, in one transaction; after an error, a count that differs or Ctrl-C the server database is left empty. The file is upgraded to this Kinerja&apos;s version first (a backup copy is kept beside it).
The password comes from libpq: PGPASSWORD or ~/.pgpass. Exit code 0 on success, 1 on a failure, 2 for a wrong command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database: postgresql://user@host:port/dbname, or postgresql://user@/dbname?host=/run/postgresql for a local socket (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load: the Kinerja file to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: init, upgrade or load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”: use init, upgrade or load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server load needs the file to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 needs --db postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db must be a server address (postgresql://user@host:port/dbname), not “%1”: a Kinerja file is created and upgraded when it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the Kinerja schema, version %1, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already at version %2, this Kinerja&apos;s; nothing to upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from version %2 to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server load copies a Kinerja file (.sqlite), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from version %2 to version %3 first; the previous version was saved as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; the server database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 into %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::AppraisalImport</name>
    <message>
        <source>There is no column Periode: add one, or choose the period of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capaian SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rekomendasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator evaluation(s)</source>
        <translation>
            <numerusform>%n indicator evaluation</numerusform>
            <numerusform>%n indicator evaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 is closed: the appraisal of %2 cannot change (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal of %1 is final and cannot change (%2). Reopen it in Kinerja first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a NIP of 18 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period “%1” in Kinerja (write it as 2026-Q1, 2026-M03, 2026-S1 or 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employee has the NIP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no appraisal in %2: create it in Kinerja first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal of %1 in %2 is also in row %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 in %3 is also in row %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell holds a formula (=%1); type the value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell holds a date, not a value of this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a rating: choose Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah Ekspektasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal of %1 uses %2, which has no such rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal of %1 uses %2: Capaian SKP is only for PP 30/2019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian SKP must be a number from 0 to 120, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal of %1 uses %2: its SKP has no RHK indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an indicator number such as 2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKP of %1 in %2 has no indicator %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 of %2 is now “%3” in Kinerja: the SKP changed after this file was made. Make a new template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target must be given and more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal of %1 uses %2: it has no PP 46/2011 kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKP of %1 in %2 has no kegiatan “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan %1 of %2 is now “%3” in Kinerja: the SKP changed after this file was made. Make a new template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) to change, %1 unchanged</source>
        <translation>
            <numerusform>%n appraisal to change, %1 unchanged</numerusform>
            <numerusform>%n appraisals to change, %1 unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a file of appraisal data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported. Correct them and read the file again.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported. Correct them and read the file again.</numerusform>
            <numerusform>The file has %n problems; nothing was imported. Correct them and read the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) changed, %1 unchanged</source>
        <translation>
            <numerusform>%n appraisal changed, %1 unchanged</numerusform>
            <numerusform>%n appraisals changed, %1 unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::AppraisalTemplate</name>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah Ekspektasi from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of the template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and its sub-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no appraisals in %2: create them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period closed: cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final: cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP 46/2011: fill in the sheet Kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted indicators: rate in Kinerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal entry template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal entry template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Fill in only the shaded (yellow) cells. NIP, name, period and numbers are locked: do not change, add, remove or reorder rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Sheet Penilaian: choose Rating Hasil Kerja and Rating Perilaku Kerja from the list (Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi). Capaian SKP (PP 30/2019 only) is a number from 0 to 120. Rekomendasi is free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Sheet Hasil Kerja: one row per indicator of the SKP. Enter the Realisasi, the Bukti Dukung and the Umpan Balik; the Target may be corrected while the appraisal is not final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Sheet Kegiatan (PP 46/2011): enter the realisations of quantity, quality (0–100), time and cost of each kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. An emptied cell clears the value in Kinerja. Rows of a final appraisal, or of a closed period, are locked and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Save the workbook as .xlsx (not .xls or .ods) and send it back. Kinerja checks every row before it changes anything, lists each problem by sheet, row and column, and reports what changed: Appraisal ▸ Import appraisal data…, or kinerja-cli import --appraisals FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 cannot be put in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); the limit is %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16 text. Save it as &quot;CSV UTF-8&quot; or &quot;CSV (comma delimited)&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook, not a CSV text file. Import it as XLSX or save it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains NUL bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with a UTF-8 mark but is not valid UTF-8 text: row %2, column %3 holds the byte 0x%4, which is not UTF-8. Correct that cell, or save the file again as &quot;CSV UTF-8&quot;; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is UTF-8 text except at row %2, column %3: the byte 0x%4 there is not UTF-8. Correct that cell, or save the file again as &quot;CSV UTF-8&quot;; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor Windows-1252 text (the byte 0x%2 at row %3, column %4). Save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::CsvWriter</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::EmployeeImport</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds a formula; replace it with its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds a formula (=%2); replace it with its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds a date (serial number %2), but this column holds text. Format the column as Text and type the value again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds the error %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP %1 already appears in row %2; each employee may appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no employment status; write PNS, CPNS or PPPK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no PPPK golongan; write I to XVII, e.g. “IX”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no pangkat/golongan ruang; write e.g. “III/b” or “Penata Muda Tingkat I, III/b”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no jenis jabatan; write JPT Utama, JPT Madya, JPT Pratama, Administrator, Pengawas, Pelaksana or Fungsional with its jenjang (e.g. “Fungsional Ahli Muda”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no jenjang; write e.g. “Ahli Muda”, “Terampil” or “JPT Pratama”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit kerja is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit is named “%1”. Check the spelling or create the unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee cannot be their own atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employee with NIP %1 is in the file or in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an employee file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported. Correct them and read the file again.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported. Correct them and read the file again.</numerusform>
            <numerusform>The file has %n problems; nothing was imported. Correct them and read the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units are named “%2”; add the parent unit in brackets, e.g. “%2 (%3)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gelar depan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gelar belakang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jenis jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jenjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of atasan would loop back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::IkmImport</name>
    <message>
        <source>a formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a formula (=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds %2 that gives “%3”, not an answer: write a whole number 1 (tidak baik) to 4 (sangat baik).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an answer: write a whole number 1 (tidak baik) to 4 (sangat baik).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds %2 whose value the file does not keep; replace it with its value, or open and save the file in the spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds a yes/no value (%2), not an answer 1–4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds a date (%2), not an answer 1–4. Format the column as Number and type the answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds the error %2, not an answer 1–4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period and the unit whose survey this is first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is closed; its IKM cannot change. Reopen it first (with a reason), then import the survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row holds an answer in U1–U9; the survey has no respondents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered %1 (%2): column %3 holds no answer, so no IKM can be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: correct the marked cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsur skipped</source>
        <translation>
            <numerusform>%n unsur skipped</numerusform>
            <numerusform>%n unsur skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the survey of %1 (%n respondent(s), IKM %2</source>
        <translation>
            <numerusform>the survey of %1 (%n respondent, IKM %2</numerusform>
            <numerusform>the survey of %1 (%n respondents, IKM %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before the IKM can be computed</source>
        <translation>
            <numerusform>%n problem to correct before the IKM can be computed</numerusform>
            <numerusform>%n problems to correct before the IKM can be computed</numerusform>
        </translation>
    </message>
    <message>
        <source>IKM %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without answers skipped</source>
        <translation>
            <numerusform>%n row without answers skipped</numerusform>
            <numerusform>%n rows without answers skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a survey file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported. Correct them and read the file again.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported. Correct them and read the file again.</numerusform>
            <numerusform>The file has %n problems; nothing was imported. Correct them and read the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the IKM survey of %1 for %2: %n respondent(s), IKM %3 (%4, %5).</source>
        <translation>
            <numerusform>Saved the IKM survey of %1 for %2: %n respondent, IKM %3 (%4, %5).</numerusform>
            <numerusform>Saved the IKM survey of %1 for %2: %n respondents, IKM %3 (%4, %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>It replaces %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::NumberColumns</name>
    <message>
        <source>semicolons between the columns, as in files with a decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” with a decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” with a decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can mean %2 or %3, and this column holds numbers written both ways (%4; %5). Write %6 or %7 without a thousands separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can mean %2 or %3, and this file holds numbers written both ways (%4; %5). Write %6 or %7 without a thousands separator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::RecapExport</name>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work result plan (RHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank/grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraising official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraising official&apos;s NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work result rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work behaviour rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date (TMT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such appraisal period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal recap %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance appraisal of civil servants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil servants of the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor NIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::TableColumns</name>
    <message>
        <source>%1, sheet “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 should hold the column headers but is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns %2 and %3 are both read as “%4”; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header row %2 lacks the required column(s) %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only the header row and no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cells %2 are merged. Unmerge them so that each row holds one record and each cell one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds a formula; type the %2 itself as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds the number %2: the spreadsheet turned the %3 into a number in scientific notation and its last digits are lost (a %3 has %4 digits; a number keeps only 15). Format the column as Text and type the %3 values again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds the number %2, not text: a %3 of %4 digits cannot be kept as a number. Format the column as Text and type the value again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::TableImport</name>
    <message>
        <source>Sheet “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::XlsxReader</name>
    <message>
        <source>%1: the part %2 unpacks to more than %3 MB; the file is refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is not valid XML (line %3: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); the limit is %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls). Save it as an Excel workbook (.xlsx) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it is not a zip archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: its zip directory cannot be read (was the file cut off while copying?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no workbook part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” is listed but its part %3 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cell %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a row has the invalid number “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell reference is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cell %2 lies beyond column %3; the import reads at most %4 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to shared string %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number “%1” is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell type “%1” is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” is not valid XML (line %3: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::exchange::XlsxWriter</name>
    <message>
        <source>The spreadsheet %1 cannot be written (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the document properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet %1 cannot get a sheet named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 has more rows than a spreadsheet can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, column widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet %1 cannot be put in place of the temporary file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::reports::AuditDescription</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank/grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspektif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 added %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 deleted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 changed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::reports::BatchPrinter</name>
    <message>
        <source>No output file or folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no appraisals to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kinerja: %n appraisal(s)</source>
        <translation>
            <numerusform>Kinerja: %n appraisal</numerusform>
            <numerusform>Kinerja: %n appraisals</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen documents applies to a %1 appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n appraisal(s) could be printed.</source>
        <translation>
            <numerusform>None of the %n appraisal could be printed.</numerusform>
            <numerusform>None of the %n appraisals could be printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write into %1: it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::reports::DocumentRenderer</name>
    <message>
        <source>The %1 does not apply to the appraisal of %2 for %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or PDF file refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::reports::Documents</name>
    <message>
        <source>Employee Performance Targets (SKP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee Performance Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee Performance Evaluation Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Target Form (SKP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Performance Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted Indicator Sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::reports::Forms</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT — not final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal is not final (%1): every page is marked as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency name not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency name is not set in the settings; the header is left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency logo cannot be read as an image; printed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENT PERIOD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERFORMANCE ASSESSOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPERIOR OF THE PERFORMANCE ASSESSOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMPLOYEE APPRAISED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superior of the performance assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee appraised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RANK/GRADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORK UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal records no %1; the block is left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place for the signature dates is not set in the settings; left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMPLOYEE PERFORMANCE PREDICATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal has no predikat yet (incomplete); left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGANISATION PERFORMANCE ACHIEVEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capaian kinerja organisasi is recorded for %1 or a parent unit in this period; left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSPECTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEADER&apos;S WORK PLAN RESULT SUPPORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORK PLAN RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASPECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDIVIDUAL PERFORMANCE INDICATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REALISATION BASED ON SUPPORTING EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTINUOUS FEEDBACK BASED ON SUPPORTING EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A. MAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B. ADDITIONAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORK RESULTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK %1 has no indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKP has no RHK Utama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators without a realisation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORK RESULT RATING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORK BEHAVIOUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEADER&apos;S SPECIFIC EXPECTATIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORK BEHAVIOUR RATING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMPLOYEE PERFORMANCE TARGETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUALITATIVE WORK RESULT APPROACH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMPLOYEE PERFORMANCE EVALUATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISTRIBUTION PATTERN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat of %1 appraisals in %2 (%3 incomplete); limits of the pattern for capaian %4 under the bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMPLOYEE PERFORMANCE EVALUATION DOCUMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERFORMANCE EVALUATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTES/RECOMMENDATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency to develop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPLANATION OF THE PERFORMANCE ASSESSOR ON THE OBJECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECISION OF THE SUPERIOR OF THE PERFORMANCE ASSESSOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection has not been decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIVIL SERVANT WORK TARGET FORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIVIL SERVANT APPRAISED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. DUTIES OF THE POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUANTITY/OUTPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUALITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUTIES OF THE POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKP has no kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIVIL SERVANT WORK PERFORMANCE APPRAISAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REALISATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALCULATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP ACHIEVEMENT SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUANT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional duties (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creativity (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKP achievement cannot be computed yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP ACHIEVEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capaian SKP is not given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELEMENTS APPRAISED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work target (SKP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aspect %1 has no score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORK PERFORMANCE SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New idea or way of working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal has no result yet (incomplete); left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEIGHTED INDICATOR APPRAISAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATINGS BY SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEIGHTED SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREDICATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts without a rating are left out and the weights of the others renormalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts without a rating count as a score of 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::reports::PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::reports::Recaps</name>
    <message>
        <source>Recap of pending appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency development needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance predikat recap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period (id %1) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit (id %1) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or PDF file refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managerial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-cultural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency name not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENT PERIOD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with its sub-units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is still open: the figures may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the personnel office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and/or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMPLOYEE PERFORMANCE PREDIKAT RECAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no appraisals for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A. PREDIKAT OF EACH EMPLOYEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name / NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work results rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work behaviour rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B. PREDIKAT DISTRIBUTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total with a predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predikat yet (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the %1 employees with a predikat; under each predikat the limit of the pattern for capaian kinerja organisasi %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the %1 employees with a predikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capaian kinerja organisasi is recorded for %1 in this period, so the distribution is not checked against a distribution pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C. AGAINST THE DISTRIBUTION PATTERN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi: %1 (set for %2). The pattern of SE MenPANRB 3/2023 for it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOES NOT FIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at least %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: some required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern sets no limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a predikat yet: the distribution cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion: the distribution FITS the pattern for capaian kinerja organisasi %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion: the distribution DOES NOT FIT the pattern for capaian kinerja organisasi %1. The classes that break it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 employees (%4), more than the %5% allowed (at most %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 employees (%4), fewer than the %5% required (at least %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nobody, but the pattern requires some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appraisal(s) without a predikat yet are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appraisal(s) under a numeric scheme have no distribution pattern and are not counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution patterns of SE MenPANRB 3/2023 apply to PermenPANRB 6/2022 predikats only; %1 results are not checked against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECAP OF PENDING PERFORMANCE APPRAISALS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active staff and no appraisals in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A. APPRAISALS BY WORK UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not final yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: active employees of the unit without an appraisal for the period. Not final yet: not created, draft, submitted or rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B. EMPLOYEES WHOSE APPRAISAL IS NOT FINAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every appraisal is final: nobody is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPETENCY DEVELOPMENT NEEDS REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees rated Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang (PermenPANRB 6/2022), or Kurang, Buruk or Sangat Kurang (numeric schemes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in %1 needs competency development according to the appraisals of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employee(s) in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recommendation written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. BY WORK UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 employee(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency development recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. BY RECOMMENDED COMPETENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::reports::SheetSource</name>
    <message>
        <source>Appraisal %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme of the appraisal of %1 for %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AboutDialog</name>
    <message>
        <source>About Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kinerja %1&lt;/h2&gt;&lt;p&gt;Employee records and performance appraisal for the civil servants (ASN: PNS and PPPK) of a district government, for the personnel office (BKPSDM).&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %3, running on Qt %4.&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AccountEditor</name>
    <message>
        <source>New user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ani_rahma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the person logs in with: small letters, digits, underscores and dots, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units this role covers: the unit chosen and the units below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows the linked employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the person the password in private, not by e-mail or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login “%1” may hold only small letters, digits, underscores and dots, start with a letter and be 2 to 63 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “%1” needs the account to be linked to an employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AccountsDialog</name>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or NIP. The account&apos;s roles then follow this employee: whom they rate, and their own appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reset the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account %1? Its login can no longer connect; its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the account %1 again? Its login can connect with its roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot disable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enable the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AchievementDialog</name>
    <message>
        <source>Capaian kinerja organisasi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit without its own capaian takes that of its nearest parent unit. The capaian sets the distribution pattern (SE MenPANRB 3/2023) that the unit&apos;s predikat are checked against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as parent unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the capaian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AgencyDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PEMERINTAH KABUPATEN SLEMAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sleman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the head of every appraisal sheet and report. The place is written before the date on the signature blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Government:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency (instansi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 KB; a logo can be at most %3 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an image Kinerja can read (use PNG, JPEG or SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the agency&apos;s name the sheets print a marked blank where it belongs. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::Application</name>
    <message>
        <source>Employee records and performance appraisal for ASN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the main window as &lt;png&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save the employee dialog as &lt;png&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database &lt;file&gt;, or the office server&apos;s database postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AppraisalDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit (diajukan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate (dinilai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan &amp;&amp; Perilaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian &amp;&amp; Perilaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan Balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil &amp;&amp; Penjelasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody recorded&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; NIP %2&lt;br&gt;%3 · %4&lt;br&gt;Pejabat penilai: %5&lt;br&gt;Atasan pejabat penilai: %6&lt;br&gt;Period &lt;b&gt;%7&lt;/b&gt; (%8) · scheme %9, version %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is closed: this appraisal is read-only. Reopen the period (Periods page) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appraisal is Final (finalized %1): it is locked and read-only. “Reopen…” with a reason to change it; the reopening is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2), rules from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rating perilaku from the rater&apos;s views of the seven values: &lt;b&gt;%1&lt;/b&gt; (a suggestion only; the rating is the rater&apos;s choice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a view of each of the seven values to see a suggested rating perilaku (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this appraisal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Correct the field marked in red; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appraisal was not saved; nothing was changed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark as rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize the appraisal of %1 for %2? A final appraisal is locked; changing it later needs a recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the final appraisal of %1 reopened? (recorded with your name and the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heads %2. The capaian kinerja organisasi of %3 for %4 is &lt;b&gt;%5&lt;/b&gt;, so the rating hasil kerja is &lt;b&gt;%6&lt;/b&gt; (SE MenPANRB 3/2023: for the head of a unit, the unit&apos;s achievement is that person&apos;s rating hasil kerja).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AppraisalTableModel</name>
    <message>
        <source>Incomplete: open the appraisal to see what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating perilaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AppraisalText</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than 0 (a zero target cannot be divided by).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AppraisalsPage</name>
    <message>
        <source>with sub-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create for unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py last period&apos;s SKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not final (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete (no predikat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, NIP or jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Predikat distribution&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending per unit&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · closed (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capaian kinerja organisasi set for this unit or its parents (Periods → Capaian organisasi): the pattern cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a predikat yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Fits the pattern of “%1”.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;⚠ %1 (%2 of %3 employees)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and its sub-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the %1 appraisals of every active employee of %2 who has none yet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the appraisals of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 appraisal created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appraisals created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy last period&apos;s SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the SKP plans of %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 SKP plan copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SKP plans copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize the %1 selected appraisals? Final appraisals are locked; only rated, complete ones are finalized, the others are listed with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the appraisals listed is rated (Dinilai): nothing to finalize. Select appraisals to see why each cannot be finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize all %1 rated appraisals listed? Final appraisals are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalizing %1 appraisals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 appraisal finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appraisals finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no period of this kind before %1 to copy the SKP plans from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SKP plans (RHK, indicators and targets, without realisasi) into the %1 appraisals of %2 that have no plan yet. From which period?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution pattern (SE MenPANRB 3/2023) applies to PermenPANRB 6/2022 predikats; the %1 appraisals here are under another scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AtasanChooser</name>
    <message>
        <source>Use the unit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the atasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the atasan from the suggestions or with the search button, or clear the field for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the atasan langsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit head is recorded for this unit or the units above it, so there is no atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No atasan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AuditHistoryView</name>
    <message>
        <source>Show &amp;older changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AuditTableModel</name>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AuditView</name>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;integrity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 · %2 #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail: %1 of %2 entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: entry %1 is the first broken one (%2). Changes from there on cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records themselves were not compared with it: only the database owner sees them all (kinerja-cli audit verify as the owner).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::AuditWarningBar</name>
    <message>
        <source>&amp;Detail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may have changed the data outside Kinerja. Run “kinerja-cli audit verify” for the full check. You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of this database does not hold: entry %1 is the first broken one (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of this database does not hold: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::BulkProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed: the whole operation was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2 employees: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 other reasons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ChartExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ChartsPage</name>
    <message>
        <source>with sub-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: predikat per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: sub-units compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the employee whose trend to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No periods of this kind yet (Periods page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an employee to see their results over the periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing periods are gaps in the lines. Click a point to open that appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 · predikat %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: appraisals by predikat; line: the mean, dashed: mean ± spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit has no sub-units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to show that sub-unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: predikat against the distribution pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capaian kinerja organisasi is recorded for this unit or its parents in %1: set it on the Periods page to check the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution fits the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks the pattern: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) without a predikat yet are not counted.</source>
        <translation>
            <numerusform>%n appraisal without a predikat yet is not counted.</numerusform>
            <numerusform>%n appraisals without a predikat yet are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appraisal(s) under a numeric scheme are not counted.</source>
        <translation>
            <numerusform>%n appraisal under a numeric scheme is not counted.</numerusform>
            <numerusform>%n appraisals under a numeric scheme are not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar: an organisation shows its chart (a pending one its appraisals), a rater opens the employee. Save and Print act on the chart last clicked; right-click a chart for its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open employee record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ChooseUnitDialog</name>
    <message>
        <source>Find a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from (TMT):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ConflictPrompt</name>
    <message>
        <source>&amp;Keep my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload: discard your changes and show the record as it is now.
Keep my edits: stay here with your changes, for example to copy them; they can be saved only after reloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes stay in the editor, for example to copy them; they cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::DashboardCharts</name>
    <message>
        <source>Predikat of the whole agency, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisals still pending per organisation, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated, not final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pending, %1: every appraisal is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference in rating levels (+ more lenient, − stricter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater leniency, %1: no pejabat penilai with 3 or more ratings and others to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment minus the pejabat penilai&apos;s rating, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment gap, %1: no self-assessments recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating levels (+ rated themselves higher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations that changed most, %1 → %2 (mean predikat level, 0–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the mean predikat level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations that changed most: no earlier period of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat of %1 against the distribution pattern for capaian kinerja organisasi %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat of %1, %2 (no capaian kinerja organisasi: no pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the unit (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (breaks the pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the unit&apos;s %1 appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most (limit of the rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least (limit of the rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater leniency, %1 (against the other raters of the organisation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::DashboardView</name>
    <message>
        <source>Save this chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::DatabaseFiles</name>
    <message>
        <source>Kinerja databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; to use the existing file, open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2

The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::DisplayText</name>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPK from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::DistributionEditor</name>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the circular&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule counts the ticked predikats together. At most 100% and at least 0% mean no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Distribution pattern&lt;/b&gt; (SE MenPANRB 3/2023), by the organisation&apos;s capaian kinerja: a unit whose predikats break a rule gets a warning naming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution rule %1: “%2” is not a whole percentage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeeActions</name>
    <message>
        <source>Delete employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record of %1, with the riwayat?

Deleting is meant for records entered by mistake. For someone who retired, moved or died, change the employment state instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete employee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeeDetailPanel</name>
    <message>
        <source>Select an employee to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMT (from NIP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/golongan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis jabatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan langsung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis / jenjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pangkat/gol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PPPK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the NIP cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (head of the unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat jabatan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeeDialog</name>
    <message>
        <source>Edit employee — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digits, e.g. 19930121 202012 1 001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr., Ir., drg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelar &amp;depan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name without academic titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. S.Kom., M.M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelar &amp;belakang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pangkat/golongan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis &amp;jabatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je&amp;njang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Analis Kepegawaian Ahli Muda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja&amp;batan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;tasan langsung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the state began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMT of the new unit, jabatan or pangkat: the riwayat records the change from this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a change of unit, jabatan or pangkat; goes into the riwayat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid from (TMT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SK number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golongan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (none for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NIP is already recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the employee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeeListPanel</name>
    <message>
        <source>Include sub-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, NIP or jabatan (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the staff of the units below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list retired, transferred and deceased staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 inactive not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeePickerDialog</name>
    <message>
        <source>Type part of a name, NIP or jabatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmployeeTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::EmploymentStateDialog</name>
    <message>
        <source>Change employment state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;NIP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who leave keep their record and riwayat; they are hidden from the list unless “Show inactive” is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ExportDialog</name>
    <message>
        <source>RHK and indicator details (sheet “Rincian”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary per unit (sheet “Ringkasan Unit”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more sheet per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include staff no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a byte order mark (Excel recognises UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal recap of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon, decimal comma (Excel in Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma, decimal point (RFC 4180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry template to fill in (ratings, realisations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the template of %n appraisal(s) to %1: fill in the shaded cells, then import it with Appraisal ▸ Import appraisal data….</source>
        <translation>
            <numerusform>Wrote the template of %n appraisal to %1: fill in the shaded cells, then import it with Appraisal ▸ Import appraisal data….</numerusform>
            <numerusform>Wrote the template of %n appraisals to %1: fill in the shaded cells, then import it with Appraisal ▸ Import appraisal data….</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinerja::ui::FeedbackEditor</name>
    <message>
        <source>Rating by the pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment by the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which training or development follows from this result (diklat, coaching, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &amp;hasil kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &amp;perilaku kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat (matrix):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own view of hasil kerja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own view of perilaku:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rekomendasi pengembangan kompetensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan (objection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan of the employee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penjelasan pejabat penilai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keputusan atasan pejabat penilai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keberatan filed. It can be filed while the appraisal is rated (Dinilai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed %1 · decided %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed %1 · explained %2 · awaiting the atasan&apos;s decision (blocks finalizing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed %1 · awaiting the pejabat penilai&apos;s explanation (blocks finalizing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (both ratings are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::HasilKerjaEditor</name>
    <message>
        <source>Add RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator Kinerja Individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rencana Hasil Kerja&lt;/b&gt; (A. Utama, B. Tambahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A. Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B. Tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the employee will deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1, target: not a number more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1, realisasi: not a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators of RHK %1&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt; — add an RHK first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK %1, indicator %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ImportActions</name>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to stored employees (jabatan, golongan, unit, …) enter their history on this date; new employees start at the TMT in their NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take &amp;effect on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the Periode column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of rows in a file without a Periode column. An entry template carries its period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import appraisal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal data imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the surveyed unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import IKM survey responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the surveyed unit and the period first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ImportDialog</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Excel workbook (.xlsx) or a CSV file whose first row holds the column headers. Required columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a problem to show its row in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lacks the required column(s) %1, or they have other headers. Choose below which column of the file holds each, then apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be imported until the file is corrected: %n problem(s) are listed below. Correct the file in your spreadsheet program, save it and choose Read again.</source>
        <translation>
            <numerusform>Nothing will be imported until the file is corrected: %n problem is listed below. Correct the file in your spreadsheet program, save it and choose Read again.</numerusform>
            <numerusform>Nothing will be imported until the file is corrected: %n problems are listed below. Correct the file in your spreadsheet program, save it and choose Read again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the preview, then choose Import. Everything is imported at once, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done. To import another file, choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of the file that holds each field. Fields marked “required” must be in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled; choose Read again to read the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::LockDialog</name>
    <message>
        <source>Kinerja is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kinerja was locked after %n minute(s) without use, so that nobody else works under your name. Your unsaved changes are still there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::MainWindow</name>
    <message>
        <source>Cannot rename unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no units yet: start with Unit → New sub-unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment state changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change employment &amp;state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New sub-unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;sub-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appraisals of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian kinerja &amp;organisasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate appraisals for unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy last period&apos;s S&amp;KP forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize appraisals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results &amp;over the periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results &amp;chart of the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency (instansi)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print sheets and recaps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import employees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import appraisal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import I&amp;KM survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Office &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account could not be read, so Kinerja offers reading only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::NumericEditor</name>
    <message>
        <source>Kegiatan (SKP, PP 46/2011)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian SKP (PP 30/2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new idea or way of working (needed for Sangat Baik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satuan waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T = target, R = realisasi: O kuantitas (output), K kualitas, W waktu, B biaya (leave TB empty when there is no cost target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tugas tambahan (points):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreativitas (points):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian SKP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kegiatan %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a target is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PasswordStore</name>
    <message>
        <source>No secret store is available in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PeerRatingsTable</name>
    <message>
        <source>Add colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Peer ratings&lt;/b&gt; — one row per colleague; the scheme uses their average. “Hide name” keeps a colleague anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(%2; peers %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colleague who gives a peer rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, peer rating of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PerilakuEditor</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater&apos;s view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PeriodDialog</name>
    <message>
        <source>New appraisal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisals created in this period use the chosen scheme version. A closed period cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter (triwulan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Semester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PeriodsPage</name>
    <message>
        <source>&amp;New period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaian &amp;organisasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No periods yet: create one with “New period…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 periods · %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close period %1? Its appraisals and its capaian kinerja organisasi can no longer change until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is period %1 reopened? (recorded with your name and the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reopen the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::PrintDialog</name>
    <message>
        <source>One PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per employee (named by NIP and name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Appraisal sheets of the selected appraisals (%n)</source>
        <translation>
            <numerusform>Appraisal sheets of the selected appraisals (%n)</numerusform>
            <numerusform>Appraisal sheets of the selected appraisals (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appraisal sheets of all listed appraisals (%n)</source>
        <translation>
            <numerusform>Appraisal sheets of all listed appraisals (%n)</numerusform>
            <numerusform>Appraisal sheets of all listed appraisals (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (where they apply to the appraisal&apos;s scheme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date by the signatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving sheets as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print: no appraisals are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appraisals to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the ticked documents applies to these appraisals&apos; scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n appraisal(s)</source>
        <translation>
            <numerusform>Saved %n appraisal</numerusform>
            <numerusform>Saved %n appraisals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s): </source>
        <translation>
            <numerusform>, %n page: </numerusform>
            <numerusform>, %n pages: </numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed: %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s).</source>
        <translation>
            <numerusform>… and %n more warning.</numerusform>
            <numerusform>… and %n more warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save one PDF per employee in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each appraisal&apos;s own date (finalized or rated); recaps: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat recap of the unit (table and distribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending appraisals per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency development needs (Butuh Perbaikan and below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved, %n page(s): </source>
        <translation>
            <numerusform>Saved, %n page: </numerusform>
            <numerusform>Saved, %n pages: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n sheet(s), e.g. %2</source>
        <translation>
            <numerusform>%1 — %n sheet, e.g. %2</numerusform>
            <numerusform>%1 — %n sheets, e.g. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Appraisal sheets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ResultPanel</name>
    <message>
        <source>Unsaved changes are not in this result yet: save to see their effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing — no score until these are given:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Explain this score&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt; (unrounded %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numeric score: PermenPANRB 6/2022 gives a predikat from the two ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score while the appraisal is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::SchemeEditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scheme — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest “Di Atas” perilaku from this many values Di Atas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-weight the parts that are present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a missing part as zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and a new idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Predikat bands&lt;/b&gt; (data of the rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is used by %2 appraisals and is frozen: saving creates version %3; results already given keep version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not used by any appraisal yet: saving changes it in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new scheme starts at version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the weight “%2” is not a percentage from 0 to 100 with at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the target must be a number more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 weight “%3” is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the weights: &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ exactly 100%&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;must be exactly 100%&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme was used by appraisals, so the changes were saved as version %1. Appraisals already made keep their version; periods choose the version for new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt; — weights in percent, up to 2 decimals (%1 is %2); they must total exactly 100%, and so must each indicator&apos;s rater weights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::SchemesPage</name>
    <message>
        <source>&amp;New weighted scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version used by an appraisal is frozen: editing the scheme then creates a new version, so results already given never change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions of the selected scheme&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made version, installed with Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ServerConnect</name>
    <message>
        <source>The server %1 needs the password of %2.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja could not remember the password: this session has no password store (a desktop&apos;s secret service). It will ask for it at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but Kinerja could not remember the password (%2). It will ask for it at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja cannot reach the server %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to another server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::ServerDialog</name>
    <message>
        <source>&amp;Remember the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Office Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s password store, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: a Kinerja database (version %1) that this Kinerja can use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::SessionSource</name>
    <message>
        <source>%1 — operating-system account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of Kinerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an office server, Kinerja covers its windows after this time without keyboard or mouse use and asks for your password again. A database file on this PC is never locked: it has no password, the operating-system account is the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when idle after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::TrendCharts</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1 (NIP %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat per period: %1 with its sub-units, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat per period: %1 (own staff), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean ± spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-units of %1 compared, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean predikat level (0–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::UnitActions</name>
    <message>
        <source>Move unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit that “%1” will be part of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has no head at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current head: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose the new head among the staff of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into another unit: its %2 staff member(s) and %3 sub-unit(s) move there (recorded in the riwayat from the date below), and “%1” is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into “%2” from %3? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The riwayat names this unit (%1 record(s)); it is kept for them as dissolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::UnitDialog</name>
    <message>
        <source>New sub-unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bidang Pengadaan dan Pemberhentian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top of the unit tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::UnitTreeModel</name>
    <message>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the unit itself, %2 including its sub-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Head: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::UnitTreePanel</name>
    <message>
        <source>Find a unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinerja::ui::WeightedEditor</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater (weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw values on each indicator&apos;s scale. A part without a value is handled by the scheme&apos;s missing-part policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: target %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
