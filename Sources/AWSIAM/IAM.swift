/// AWS Identity and Access Management: roles, policies, principals and grants.
public enum IAM {}
