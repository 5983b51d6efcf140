"""Parameter names and ARNs: a generated (simple) name, a simple given name, a path name, an allowed pattern and a
data type, imported parameters by name, and read and write grants to a role."""
import aws_cdk as cdk
from aws_cdk import aws_iam as iam, aws_ssm as ssm


def build(app):
    stack = cdk.Stack(app, "ParameterNames")
    role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    generated = ssm.StringParameter(stack, "Generated", string_value="valkey")
    simple = ssm.StringParameter(
        stack, "Simple", parameter_name="cache-engine", string_value="valkey", simple_name=True,
        allowed_pattern="^[a-z]+$", tier=ssm.ParameterTier.STANDARD,
    )
    image = ssm.StringParameter(
        stack, "Image", parameter_name="/platform/images/runner", string_value="ami-0123456789abcdef0",
        data_type=ssm.ParameterDataType.AWS_EC2_IMAGE,
    )
    imported = ssm.StringParameter.from_string_parameter_name(stack, "Imported", "/platform/cache/mode")
    imported_simple = ssm.StringParameter.from_string_parameter_name(stack, "ImportedSimple", "cache-mode")
    for parameter in (generated, simple, image, imported, imported_simple):
        parameter.grant_read(role)
    generated.grant_write(role)
    cdk.CfnResource(
        stack, "Consumer", type="AWS::SSM::Parameter",
        properties={"Type": "String", "Value": imported.string_value, "Description": generated.string_value},
    )
    cdk.CfnOutput(stack, "GeneratedName", value=generated.parameter_name)
    cdk.CfnOutput(stack, "GeneratedArn", value=generated.parameter_arn)
    cdk.CfnOutput(stack, "SimpleArn", value=simple.parameter_arn)
    cdk.CfnOutput(stack, "ImageArn", value=image.parameter_arn)
    cdk.CfnOutput(stack, "ImportedArn", value=imported_simple.parameter_arn)
