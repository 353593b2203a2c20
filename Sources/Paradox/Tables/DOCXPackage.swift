// The minimal OOXML (ECMA-376) package both table kinds write as `.docx`:
// [Content_Types].xml, _rels/.rels and word/document.xml in a ZIP of stored entries.

import Foundation

enum DOCXPackage {
    /// The `.docx` bytes around a complete `word/document.xml`.
    static func data(document: String) throws(ZipArchive.ArchiveError) -> Data {
        var zip = ZipArchive()
        zip.add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            </Types>
            """)
        zip.add("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            </Relationships>
            """)
        zip.add("word/document.xml", document)
        return try zip.data()
    }
}
