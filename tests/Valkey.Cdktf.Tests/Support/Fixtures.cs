using HashiCorp.Cdktf;
using Valkey.Cdktf.Configuration;
using Valkey.Cdktf.Constructs;
using Valkey.Cdktf.Stacks;

namespace Valkey.Cdktf.Tests.Support;

/// <summary>Valid inputs to vary, and synthesis of one stack to JSON.</summary>
internal static class Fixtures
{
    /// <summary>Only the required variables: everything else takes its default.</summary>
    public static ValkeyCacheProps RequiredOnly() => new()
    {
        Prefix = "pbet",
        ProjectName = "plataforma-bet",
        VpcId = "vpc-12345",
        PrivateSubnetIds = ["subnet-12345", "subnet-67890"],
        EcsSecurityGroupId = "sg-12345",
        Environment = "hml",
    };

    public static EnvironmentConfig Environment(ValkeyCacheProps? cache = null, StateBackend? backend = null, string name = "test") =>
        new(name, "us-east-1", backend ?? LocalStateBackend.Default(name), cache ?? RequiredOnly());

    /// <summary>The stack's Terraform JSON as CDKTF's Testing.Synth gives it (without metadata).</summary>
    public static TerraformJson Synth(EnvironmentConfig environment)
    {
        var app = Testing.App();
        var stack = new ValkeyStack(app, environment);
        return new TerraformJson(Testing.Synth(stack));
    }

    public static TerraformJson Synth(ValkeyCacheProps cache) => Synth(Environment(cache));
}
