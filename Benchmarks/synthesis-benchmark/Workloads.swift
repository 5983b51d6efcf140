import ElastiCacheCDK

/// Apps to synthesize in benchmarks; each has a Python twin in `Benchmarks/Programs/` for timing the AWS CDK.
enum Workload: String, CaseIterable {
  /// 100 serverless caches, 300 users and 100 user groups in a VPC, with grants and alarms.
  case caches
  /// 1,000 raw resources in 10 stacks, each resource referencing one in the previous stack.
  case core

  func makeApp(outdir: String) -> App {
    let app = App(outdir: outdir, environment: [:])
    switch self {
    case .caches: buildCaches(in: app)
    case .core: buildCore(in: app)
    }
    return app
  }

  private func buildCaches(in app: App) {
    let network = Stack(app, "Network")
    let vpc = EC2.VPC(network, "Vpc")
    for stackIndex in 0..<4 {
      let stack = Stack(app, "Caches\(stackIndex)")
      let role = IAM.Role(stack, "Reader", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
      for index in 0..<25 {
        let number = stackIndex * 25 + index
        let defaultUser = NoPasswordUser(
          stack, "DefaultUser\(number)", engine: .redis, userId: "default-\(number)", userName: "default",
          accessControl: .fromAccessString("off -@all"))
        let reader = IAMUser(
          stack, "Reader\(number)", engine: .redis, userId: "reader-\(number)",
          accessControl: .fromAccessString("on ~app:* +@read"))
        let writer = PasswordUser(
          stack, "Writer\(number)", engine: .redis, userId: "writer-\(number)",
          accessControl: .fromAccessString("on ~app:* +@all"),
          passwords: [.secretsManager("cache/writer-\(number)", jsonField: "password")])
        let group = UserGroup(stack, "Group\(number)", engine: .redis, users: [defaultUser, reader, writer])
        let cache = ServerlessCache(
          stack, "Cache\(number)", vpc: vpc, engine: .redis7, description: "Cache number \(number)",
          cacheUsageLimits: CacheUsageLimits(dataStorageMaximumSize: .gibibytes(10), requestRateLimitMaximum: 5000),
          backup: BackupSettings(backupTime: .cron(minute: "0", hour: "4"), backupRetentionLimit: 7),
          userGroup: group)
        cache.grantConnect(role)
        reader.grantConnect(role)
        _ = cache.metricProcessingUnitsConsumed().createAlarm(
          stack, "Ecpu\(number)", threshold: 1000, evaluationPeriods: 3)
      }
    }
  }

  private func buildCore(in app: App) {
    var previous: [CfnResource] = []
    for stackIndex in 0..<10 {
      let stack = Stack(app, "Stack\(stackIndex)")
      var current: [CfnResource] = []
      for index in 0..<100 {
        let topicName: StringValue =
          previous.isEmpty ? "topic-\(index)" : "\(previous[index].getAtt("TopicName"))-\(index)"
        current.append(
          CfnResource(
            stack, "Topic\(index)", type: "AWS::SNS::Topic",
            properties: ["TopicName": .string(topicName), "DisplayName": "Topic \(index) of \(stack.stackName)"]))
      }
      previous = current
    }
  }
}
