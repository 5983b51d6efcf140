import ElastiCacheCDK
import Testing

@Suite("EC2 conformance: connections")
struct ConnectionsConformanceTests {
  @Test("Connections within one stack, with a token default port, match the AWS CDK")
  func singleStack() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Connections")
    let vpc = EC2.VPC.fromVPCAttributes(
      stack, "Vpc", vpcId: "vpc-0123456789abcdef0", availabilityZones: ["us-east-1a"],
      privateSubnetIds: ["subnet-0bbbbbbbbbbbbbbb1"])
    let cache = CfnResource(
      stack, "Cache", type: "AWS::ElastiCache::ServerlessCache",
      properties: ["Engine": "valkey", "ServerlessCacheName": "connections-cache"])
    let cacheSG = EC2.SecurityGroup(stack, "CacheSG", vpc: vpc)
    let cacheConnections = EC2.Connections(
      securityGroups: [cacheSG], defaultPort: .tcp(cache.getAttToken("Endpoint.Port").asNumber))
    let client = EC2.SecurityGroup(stack, "ClientSG", vpc: vpc, allowAllOutbound: false)
    cacheConnections.allowDefaultPortFrom(client, description: "clients reach the cache")
    client.connections.allowToDefaultPort(cacheConnections)

    let worker = EC2.SecurityGroup(stack, "WorkerSG", vpc: vpc, allowAllOutbound: false)
    worker.connections.allowToDefaultPort(cacheConnections, description: "workers reach the cache")

    let api = EC2.SecurityGroup(stack, "ApiSG", vpc: vpc)
    api.connections.allowFrom(client, .tcp(443))
    api.connections.allowFromAnyIPv4(.tcp(80), description: "public HTTP")
    api.connections.allowInternally(.tcp(9000))
    api.connections.allowTo(worker, .tcp(7000))

    let memcached = EC2.Connections(defaultPort: .tcp(11211))
    memcached.allowDefaultPortFrom(client)
    memcached.allowDefaultPortFromAnyIPv4(description: "anyone")
    memcached.addSecurityGroup(EC2.SecurityGroup(stack, "MemcachedSG", vpc: vpc))
    try Goldens.expectMatch(app, "EC2/connections-single-stack")
  }

  @Test("Connections from a service stack to a network stack's group keep the rules in the service stack")
  func crossStack() throws {
    let app = App(outdir: "unused")
    let network = Stack(app, "Network")
    let vpc = EC2.VPC(
      network, "Vpc", natGateways: 0,
      subnetConfiguration: [EC2.SubnetConfiguration(name: "Data", subnetType: .privateIsolated, cidrMask: 24)])
    let cacheSG = EC2.SecurityGroup(network, "CacheSG", vpc: vpc, allowAllOutbound: false)
    let cache = EC2.Connections(securityGroups: [cacheSG], defaultPort: .tcp(6379))

    let service = Stack(app, "Service")
    let functionSG = EC2.SecurityGroup(service, "FunctionSG", vpc: vpc, allowAllOutbound: false)
    functionSG.connections.allowToDefaultPort(cache, description: "to the cache")
    let workerSG = EC2.SecurityGroup(service, "WorkerSG", vpc: vpc)
    workerSG.connections.allowTo(cacheSG, .tcp(6380))
    _ = CfnResource(
      service, "SubnetGroup", type: "AWS::ElastiCache::SubnetGroup",
      properties: [
        "Description": "cache subnets", "SubnetIds": .array(try vpc.selectSubnets().subnetIDs.map(CfnValue.string)),
      ])
    try Goldens.expectMatch(app, "EC2/connections-cross-stack")
  }
}
