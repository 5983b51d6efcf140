import CacheTestSupport
import ElastiCacheCDK
import ElastiCacheTesting
import Foundation
import Testing

@Suite("User group membership handler")
struct MembershipHandlerTests {
  static let handlerDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/CachePlatform/Membership")

  @Test("The handler passes its tests on a simulated ElastiCache: busy groups, replacement, moves, failed answers")
  func pythonTests() throws {
    let python = try ExternalProgram("python3")
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "test_membership_handler.py")
    let (status, output) = try python.output([
      "-c",
      "import os, sys, runpy; sys.dont_write_bytecode = True; os.environ['MEMBERSHIP_HANDLER_DIR'] = sys.argv[1]; "
        + "sys.argv = [sys.argv[2], '-v']; runpy.run_path(sys.argv[0], run_name='__main__')",
      Self.handlerDirectory.path, tests.path,
    ])
    #expect(status == 0, "\(output)")
    #expect(output.contains("Ran 18 tests"), "\(output)")
  }

  @Test("The handler deployed inline is the tested one (run scripts/embed-membership-handler.sh after editing it)")
  func embeddedSourceIsCurrent() throws {
    let source = try String(
      contentsOf: Self.handlerDirectory.appendingPathComponent("membership_handler.py"), encoding: .utf8)
    let app = App(outdir: "unused", environment: [:])
    let stack = Stack(app, "Service")
    let shared = SharedCache.fromParameters(stack, "Shared", platformName: "payments")
    _ = ServiceCacheAccess(stack, "Access", serviceName: "orders", cache: shared)
    let template = try Template(stack)
    let inline = template.findResources("AWS::Lambda::Function").compactMap {
      $0.entry["Properties"]?["Code"]?["ZipFile"]?.stringValue
    }
    #expect(inline.count == 1)
    #expect(inline.first == source, "the inline handler differs from membership_handler.py")
  }
}
