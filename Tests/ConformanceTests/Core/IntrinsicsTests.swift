import ElastiCacheCDK
import Testing

@Suite("Core conformance: intrinsic functions")
struct IntrinsicsTests {
  @Test("Raw resources with nested properties render every intrinsic as the AWS CDK does")
  func intrinsics() throws {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Intrinsics")
    let environment = CfnParameter(
      stack, "Environment", type: "String", default: "dev", allowedValues: ["dev", "prod"])
    let images = CfnMapping(
      stack,
      "RegionImages",
      mapping: [
        "us-east-1": ["ami": "ami-0aaaaaaaaaaaaaaaa"],
        "eu-west-1": ["ami": "ami-0bbbbbbbbbbbbbbbb"],
      ]
    )
    let isProd = CfnCondition(
      stack, "IsProd", expression: Fn.conditionEquals(CfnValue(environment.valueAsString), "prod"))
    let inUS = CfnCondition(
      stack,
      "InUsRegion",
      expression: Fn.conditionOr(
        Fn.conditionEquals(CfnValue(Aws.region), "us-east-1"),
        Fn.conditionEquals(CfnValue(Aws.region), "us-west-2")
      )
    )
    let prodOutsideUS = CfnCondition(
      stack,
      "ProdOutsideUs",
      expression: Fn.conditionAnd(
        isProd.asExpression, Fn.conditionNot(inUS.asExpression), Fn.conditionEquals(CfnValue(Aws.partition), "aws"))
    )

    let vpc = CfnResource(
      stack,
      "Vpc",
      type: "AWS::EC2::VPC",
      properties: ["CidrBlock": "10.0.0.0/16", "EnableDnsHostnames": true, "EnableDnsSupport": true]
    )
    let cidrs = Fn.cidr(vpc.getAtt("CidrBlock"), count: 4, sizeMask: "8")
    _ = CfnResource(
      stack,
      "SubnetA",
      type: "AWS::EC2::Subnet",
      properties: [
        "VpcId": CfnValue(vpc.ref),
        "CidrBlock": CfnValue(Fn.select(0, cidrs)),
        "AvailabilityZone": CfnValue(Fn.select(0, Fn.getAZs())),
      ]
    )
    _ = CfnResource(
      stack,
      "SubnetB",
      type: "AWS::EC2::Subnet",
      properties: [
        "VpcId": CfnValue(vpc.ref),
        "CidrBlock": CfnValue(Fn.select(1, cidrs)),
        "AvailabilityZone": CfnValue(Fn.select(1, Fn.getAZs(Aws.region))),
      ]
    )

    _ = CfnResource(
      stack,
      "LaunchTemplate",
      type: "AWS::EC2::LaunchTemplate",
      properties: [
        "LaunchTemplateName": CfnValue(Fn.join("-", ["app", environment.valueAsString, "template"])),
        "LaunchTemplateData": [
          "ImageId": CfnValue(images.findInMap(Aws.region, "ami")),
          "InstanceType": .token(Fn.conditionIf(isProd.logicalID, "m5.large", "t3.micro")),
          "UserData": CfnValue(
            Fn.base64(
              Fn.sub(
                "#!/bin/bash\necho ${Greeting} from ${AWS::Region} > /tmp/${Name}",
                ["Greeting": environment.valueAsString, "Name": "hello"]
              ))),
          "BlockDeviceMappings": [
            [
              "DeviceName": "/dev/xvda",
              "Ebs": ["VolumeSize": 20, "VolumeType": "gp3", "Encrypted": true, "DeleteOnTermination": true],
            ]
          ],
          "TagSpecifications": [
            ["ResourceType": "instance", "Tags": [["Key": "Name", "Value": "\(Aws.stackName)-instance"]]]
          ],
          "Monitoring": ["Enabled": false],
        ],
      ]
    )

    _ = CfnResource(
      stack,
      "Joined",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Name": "/intrinsics/joined",
        "Value": CfnValue(
          Fn.join(
            ",",
            [
              "a", "b", Fn.join(",", ["c", vpc.ref, "d"]), Fn.join("-", ["x", environment.valueAsString]), "e", "f",
            ])),
        "Description": "\(Aws.accountID)/\(Aws.region)/\(Aws.partition)/\(Aws.urlSuffix)",
      ]
    )
    let literalJoin = CfnResource(
      stack,
      "LiteralJoin",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Value": CfnValue(Fn.join("/", ["only", "literals", "here"])),
        "Description": CfnValue(Fn.join("", [Fn.join("", ["no", "delimiter"]), "-", vpc.ref])),
      ]
    )
    literalJoin.condition = prodOutsideUS
    let arn: StringValue = "arn:\(Aws.partition):ec2:\(Aws.region):\(Aws.accountID):vpc/\(vpc.ref)"
    _ = CfnResource(
      stack,
      "Selected",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "StringList",
        "Value": CfnValue(Fn.select(1, Fn.split(",", "x,y,z"))),
        "Description": CfnValue(Fn.select(1, Fn.split("/", Fn.select(5, Fn.split(":", arn))))),
        "AllowedPattern": CfnValue(Fn.select(2, Fn.split("-", environment.valueAsString, assumedLength: 3))),
      ]
    )
    let imported = CfnResource(
      stack,
      "Imported",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Value": CfnValue(Fn.importValue("shared-vpc-id")),
        "Description": CfnValue(Fn.join(" ", ["imported", Fn.importValue("\(Aws.stackName)-network")])),
        "Tier": .token(Fn.conditionIf(isProd.logicalID, "Advanced", .token(Aws.noValue))),
      ]
    )
    imported.condition = inUS
    _ = CfnResource(
      stack,
      "SelectedFromTokens",
      type: "AWS::SSM::Parameter",
      properties: [
        "Type": "String",
        "Value": CfnValue(Fn.select(0, [vpc.ref, "literal"])),
        "Description": CfnValue(Fn.select(1, ["first", "second"])),
      ]
    )

    try Goldens.expectMatch(app, "Core/intrinsics")
  }
}
