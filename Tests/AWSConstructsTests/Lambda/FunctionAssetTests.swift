import ElastiCacheCDK
import ElastiCacheTesting
import Foundation
import Testing

/// Function code from local files: the CDK's asset hash, the staged copy in the cloud assembly, the asset
/// manifest entry `cdk deploy` publishes, and the `aws:asset:*` metadata.
@Suite("Lambda code assets")
struct FunctionAssetTests {
  /// A fresh temporary directory, removed when the test ends.
  private final class TemporaryDirectory {
    let path: String
    init() throws {
      path = FileManager.default.temporaryDirectory.appendingPathComponent("lambda-assets-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relativePath: String, _ bytes: [UInt8]) throws {
      let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }

    func link(_ relativePath: String, to target: String) throws {
      try FileManager.default.createSymbolicLink(
        atPath: URL(fileURLWithPath: path).appendingPathComponent(relativePath).path, withDestinationPath: target)
    }
  }

  /// A tree with the cases the CDK's fingerprint treats specially; `outside` holds link targets outside it.
  private func makeTree(in root: TemporaryDirectory, outside: TemporaryDirectory) throws {
    try root.write("crlf.txt", Array("one\r\ntwo\r\n".utf8))
    try root.write("boundary.txt", Array(repeating: UInt8(ascii: "a"), count: 8191) + Array("\r\nafter\r\n".utf8))
    try root.write("lone-cr.txt", Array("ends with cr\r".utf8))
    try root.write("binary.bin", [0x00, 0x01, 0x02, 0x0D, 0x0A, 0xFF])
    try root.write("empty", [])
    try root.write("invalid-utf8.txt", Array("caf".utf8) + [0xE9, 0x20, 0xFF, 0xFE] + Array(" ok\n".utf8))
    try root.write("split-char.txt", Array(repeating: UInt8(ascii: "b"), count: 8191) + Array("é tail\n".utf8))
    try root.write("nested/deeper/Z.txt", Array("upper\n".utf8))
    try root.write("nested/a.txt", Array("lower\n".utf8))
    try root.write("née.txt", Array("accent\n".utf8))
    try root.write("😀.txt", Array("emoji\n".utf8))
    try root.write("\u{FF21}.txt", Array("fullwidth\n".utf8))
    try root.write(".is_custom_resource", Array("excluded\n".utf8))
    try root.write("sub/.is_custom_resource/x", Array("excluded\n".utf8))
    try root.write("sub/kept", Array("kept\n".utf8))
    try outside.write("shared.txt", Array("outside\n".utf8))
    try outside.write("dir/inner.txt", Array("inner\n".utf8))
    try root.link("link-relative", to: "crlf.txt")
    try root.link("link-absolute", to: root.path + "/nested/a.txt")
    try root.link("link-dir", to: "nested")
    try root.link("link-outside", to: outside.path + "/shared.txt")
    try root.link("link-outside-dir", to: outside.path + "/dir")
    try root.link("link-broken", to: "missing-target")
  }

  @Test("A directory's hash is the AWS CDK's: line endings, binary files, links, names and exclusions")
  func directoryFingerprint() throws {
    let root = try TemporaryDirectory()
    let outside = try TemporaryDirectory()
    try makeTree(in: root, outside: outside)
    let stack = Stack(App(), "Stack")
    let asset = try FileAsset(path: root.path, displayName: "Code", scope: stack)
    // Hashes computed by the AWS CDK 2.275 (`FileSystem.fingerprint`) for the same tree.
    #expect(asset.sourceHash == "1d20519dc99fe6b27f5d6f2ce748d95c1fa48a487cda86178453ee1985caceb6")
    #expect(asset.packaging == .zipDirectory)
    #expect(asset.stagedName == "asset.\(asset.sourceHash)")
    #expect(asset.objectKey == "\(asset.sourceHash).zip")
    let salted = Stack(App(context: ["@aws-cdk/core:assetHashSalt": "salt"]), "Salted")
    #expect(
      try FileAsset(path: root.path, displayName: "Code", scope: salted).sourceHash
        == "1e1c26a4601bf60219d1cbb8f0c1fd784487473f52ee18c868133aaa15ba1666")
  }

  @Test("A file's hash is the AWS CDK's, for text read across 8 KiB chunks and for binary content")
  func fileFingerprints() throws {
    let root = try TemporaryDirectory()
    let outside = try TemporaryDirectory()
    try makeTree(in: root, outside: outside)
    let stack = Stack(App(), "Stack")
    // Hashes computed by the AWS CDK 2.275 for each file on its own.
    let expected = [
      "crlf.txt": "01f8e7a89814a3129df70c1c045b0b6421f26edaeaf853a4fbe7212fa6841235",
      "boundary.txt": "1405f9908363c6bdd7e3a44c93afcc11e64b124e15a4aa7b7e37340ec61ee2e2",
      "lone-cr.txt": "d3da6b371b95c33462b6989946115099429865711d74687aca5f16dbdd15fb9c",
      "binary.bin": "6298cba4f70eddc72e08f29b770bda266424718c05c2973c7eaf22052e52369c",
      "empty": "95c924c84f5d023be4edee540cb2cb401a49f115d01ed403b288f6cb412771df",
      "invalid-utf8.txt": "e436e5005e487a9edf416a5d3ba02f9b52d90190e53af97dbefe38c0dcc143b4",
      "split-char.txt": "e20f1e2a7a648cfe101821b360866d57185aea394f542ca8a13c10412a921f1e",
    ]
    for (name, hash) in expected {
      let asset = try FileAsset(path: root.path + "/" + name, displayName: "Code", scope: stack)
      #expect(asset.sourceHash == hash, "\(name)")
      #expect(asset.packaging == .file)
    }
  }

  @Test("Synthesis stages the directory as the CDK does and lists it in the asset manifest")
  func stagedDirectory() throws {
    let root = try TemporaryDirectory()
    let outside = try TemporaryDirectory()
    let output = try TemporaryDirectory()
    try makeTree(in: root, outside: outside)
    let app = App(outdir: output.path)
    let stack = Stack(app, "Stack")
    _ = Lambda.Function(
      stack, "Handler", runtime: .python3_13, handler: "index.handler", code: .fromAsset(root.path))
    try app.synth()
    let hash = "1d20519dc99fe6b27f5d6f2ce748d95c1fa48a487cda86178453ee1985caceb6"
    let staged = output.path + "/asset.\(hash)"
    let fileManager = FileManager.default
    #expect(try String(contentsOfFile: staged + "/crlf.txt", encoding: .utf8) == "one\r\ntwo\r\n")
    #expect(try String(contentsOfFile: staged + "/link-outside", encoding: .utf8) == "outside\n")
    #expect(try String(contentsOfFile: staged + "/link-outside-dir/inner.txt", encoding: .utf8) == "inner\n")
    #expect(try fileManager.destinationOfSymbolicLink(atPath: staged + "/link-relative") == "crlf.txt")
    #expect(try fileManager.destinationOfSymbolicLink(atPath: staged + "/link-absolute") == "nested/a.txt")
    #expect(!fileManager.fileExists(atPath: staged + "/.is_custom_resource"))
    #expect(!fileManager.fileExists(atPath: staged + "/sub/.is_custom_resource"))
    #expect(fileManager.fileExists(atPath: staged + "/sub/kept"))

    let manifestText = try String(contentsOfFile: output.path + "/Stack.assets.json", encoding: .utf8)
    let entry = try #require(try TemplateValue(parsingJSON: manifestText)["files"]?[hash])
    #expect(entry["displayName"] == "Handler/Code")
    #expect(entry["source"] == ["path": .string("asset.\(hash)"), "packaging": "zip"])
    #expect(
      entry["destinations"]?["current_account-current_region-9369672b"]?["objectKey"] == .string("\(hash).zip"))
  }

  @Test("A .zip file is staged with its extension and published as a file; the template names the object")
  func zipFile() throws {
    let root = try TemporaryDirectory()
    try root.write("service.zip", [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))
    let app = App(outdir: root.path + "/cdk.out", context: ["aws:cdk:enable-asset-metadata": true])
    let stack = Stack(app, "Stack", env: Environment(account: "123456789012", region: "eu-west-1"))
    _ = Lambda.Function(
      stack, "Service", runtime: .providedAL2023, handler: "bootstrap", code: .fromAsset(root.path + "/service.zip"))
    let assembly = try app.synth()
    let asset = try FileAsset(path: root.path + "/service.zip", displayName: "Service/Code", scope: stack)
    #expect(FileManager.default.fileExists(atPath: root.path + "/cdk.out/asset.\(asset.sourceHash).zip"))
    let template = Template(json: try #require(assembly.stack("Stack")?.template))
    try template.hasResource(
      "AWS::Lambda::Function",
      [
        "Properties": [
          "Code": [
            "S3Bucket": "cdk-hnb659fds-assets-123456789012-eu-west-1",
            "S3Key": .exact(.string("\(asset.sourceHash).zip")),
          ]
        ],
        "Metadata": [
          "aws:asset:path": .exact(.string("asset.\(asset.sourceHash).zip")), "aws:asset:is-bundled": false,
          "aws:asset:property": "Code",
        ],
      ])
  }

  @Test("Asset metadata is left out unless the CDK CLI asks for it")
  func noMetadataByDefault() throws {
    let root = try TemporaryDirectory()
    try root.write("index.py", Array("def handler(e, c): pass\n".utf8))
    let stack = Stack(App(), "Stack")
    _ = Lambda.Function(stack, "Handler", runtime: .python3_13, handler: "index.handler", code: .fromAsset(root.path))
    let function = try #require(try Template(stack).findResources("AWS::Lambda::Function").first)
    #expect(function.entry["Metadata"]?["aws:asset:path"] == nil)
    #expect(function.entry["Properties"]?["Code"]?["S3Key"]?.stringValue?.hasSuffix(".zip") == true)
  }

  @Test("A missing path and a file that is not an archive are errors with the AWS CDK's messages")
  func invalidPaths() throws {
    let root = try TemporaryDirectory()
    try root.write("handler.py", Array("def handler(e, c): pass\n".utf8))
    let app = App()
    let stack = Stack(app, "Stack")
    _ = Lambda.Function(
      stack, "Missing", runtime: .python3_13, handler: "index.handler", code: .fromAsset(root.path + "/missing"))
    _ = Lambda.Function(
      stack, "Plain", runtime: .python3_13, handler: "index.handler", code: .fromAsset(root.path + "/handler.py"))
    let error = try #require(throws: SynthesisError.self) { try app.synthesize() }
    #expect(error.contains(message: "Cannot find asset at \(root.path)/missing", path: "Stack/Missing/Code"))
    #expect(
      error.contains(
        message: "Asset must be a .zip file or a directory (\(root.path)/handler.py)", path: "Stack/Plain"))
  }
}
