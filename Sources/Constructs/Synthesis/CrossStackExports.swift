import CloudFormationModel

/// Exports of values that other stacks import, named as the AWS CDK names them.
enum CrossStackExports {
  /// Creates (once) an output exporting the referenced value from its stack, and returns the
  /// `Fn::ImportValue` a consuming stack uses instead of the reference.
  static func importValue(of reference: CfnReference) -> CfnValue {
    let producer = reference.producingStack
    let exports = producer.node.tryFindChild("Exports") ?? Construct(producer, "Exports")
    let resolved = Resolver(consumer: producer).resolve(Token(.reference(reference))) ?? .null
    let outputID = "Output" + resolved.jsonString(indent: 0)
    let exportName = exportName(in: producer, outputID: outputID)
    if exports.node.tryFindChild(outputID) == nil {
      _ = CfnOutput(
        exports, outputID, value: Token(.reference(reference)).asString, exportName: StringValue(exportName))
    }
    return .token(Token(intrinsic: "Fn::ImportValue", argument: .string(StringValue(exportName))))
  }

  /// `<stack name>:<unique id of Exports/<output id>>`, at most 255 characters.
  private static func exportName(in stack: Stack, outputID: String) -> String {
    let prefix = stack.stackName + ":"
    let localPart = UniqueID.make(["Exports", outputID])
    return prefix + String(localPart.suffix(max(0, 255 - prefix.count)))
  }
}
