import ElastiCacheCDK
import Testing

@Suite("Core conformance: removal policies and dependencies")
struct RemovalPoliciesAndDependenciesTests {
  @Test("Removal policies set both policies, and construct dependencies become sorted DependsOn lists")
  func removalPoliciesAndDependencies() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Policies")
    @discardableResult
    func volume(_ scope: Construct, _ id: String) -> CfnResource {
      CfnResource(scope, id, type: "AWS::EC2::Volume", properties: ["AvailabilityZone": "us-east-1a", "Size": 10])
    }
    volume(stack, "Destroyed").applyRemovalPolicy(.destroy)
    volume(stack, "Retained").applyRemovalPolicy(.retain)
    volume(stack, "Snapshotted").applyRemovalPolicy(.snapshot)
    volume(stack, "RetainedOnUpdateOrDelete").applyRemovalPolicy(.retainOnUpdateOrDelete)
    volume(stack, "DeletionOnly").applyRemovalPolicy(.retain, applyToUpdateReplacePolicy: false)
    volume(stack, "Untouched")

    let storage = Construct(stack, "Storage")
    for id in ["beta", "Alpha", "alpha-2", "_private", "10-volume", "9-volume", "Zeta", "a.b", "a-b", "aB", "Ab"] {
      volume(storage, id)
    }
    let network = Construct(stack, "Network")
    volume(Construct(network, "Inner"), "Deep")
    volume(network, "Shallow")
    let service = Construct(stack, "Service")
    let appVolume = volume(service, "App")
    let worker = volume(service, "Worker")
    service.node.addDependency(storage, network)
    worker.addDependency(appVolume)
    worker.node.addDependency(Construct(stack, "Empty"))

    try Goldens.expectMatch(app, "Core/removal-policies-and-dependencies")
  }
}
