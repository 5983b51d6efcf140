import Constructs
import Foundation
import Testing

/// Synthesizing into a directory that holds an earlier assembly leaves only what the new one has.
@Suite("Stale assembly files")
struct StaleOutputTests {
  private func synthesize(stacks: [String], into outdir: String, asset: String? = nil) throws {
    let app = App(outdir: outdir)
    for name in stacks {
      let stack = Stack(app, name)
      _ = CfnResource(stack, "Topic", type: "AWS::SNS::Topic")
      if let asset, name == stacks.first {
        _ = stack.addFileAsset(try FileAsset(path: asset, displayName: "Asset", scope: stack))
      }
    }
    try app.synth()
  }

  @Test("The template, asset manifest and metadata of a removed stack, and unused assets, are removed")
  func removedStack() throws {
    let outdir = temporaryDirectoryPath()
    let assetFile = outdir + "-asset.txt"
    try FileManager.default.createDirectory(
      atPath: (assetFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data("code".utf8).write(to: URL(fileURLWithPath: assetFile))
    try synthesize(stacks: ["A", "B"], into: outdir, asset: assetFile)
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: outdir + "/notes.txt"))
    let first = Set(try FileManager.default.contentsOfDirectory(atPath: outdir))
    #expect(first.isSuperset(of: ["A.template.json", "B.template.json", "B.assets.json", "B.metadata.json"]))
    #expect(first.contains { $0.hasPrefix("asset.") })

    try synthesize(stacks: ["A"], into: outdir)
    let second = Set(try FileManager.default.contentsOfDirectory(atPath: outdir))
    #expect(
      second == [
        "A.assets.json", "A.metadata.json", "A.template.json", "cdk.out", "manifest.json", "notes.txt", "tree.json",
      ])
  }
}
