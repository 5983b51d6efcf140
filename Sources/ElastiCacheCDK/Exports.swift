@_exported public import CloudFormationModel
@_exported public import Constructs
