/// AWS Systems Manager Parameter Store: parameters.
public enum SSM {}
