
namespace Valkey.Cdktf.Tests.Support;

/// <summary>Valid cache inputs to vary, and synthesis of one cache, alone in a stack, to JSON.</summary>
internal static class CacheFixtures
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

    /// <summary>The stack's Terraform JSON as CDKTF's Testing.Synth gives it: an AWS provider and the cache with id <c>valkey</c>.</summary>
    public static TerraformJson SynthCache(ValkeyCacheProps props)
    {
        var app = Testing.App();
        var stack = new TerraformStack(app, "test");
        _ = new AwsProvider(stack, "aws", new AwsProviderConfig { Region = "us-east-1" });
        _ = new ValkeyCache(stack, "valkey", props);
        return new TerraformJson(Testing.Synth(stack));
    }
}
