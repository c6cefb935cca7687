"""The AWS emulator of Valkey.Cdktf's deploy rehearsal: moto's in-process server on a loopback port.

    python3 valkey_emulator.py [--seed FILE] [--without PATCH]...

Prints `listening <host>:<port>` once the server answers, then serves until its standard input
closes (the app that started it closes it, or dies: either way the emulator ends with it) or it
gets SIGTERM (at any time, starting up too). Ctrl-C is left to the app, which stops the emulator itself.

Standard input also takes commands, one a line, each answered with one line:
    window [REPLICATION_GROUP_ID]   the maintenance window, simulated: the node changes AWS deferred
                                    (ApplyImmediately false) are applied, for one group or all;
                                    answers `window applied <count>`
    aws elasticache OPERATION --option VALUE...
                                    an AWS CLI command of ElastiCache, made against the emulator as the CLI
                                    makes it against AWS (an out-of-band step a fix asks for); answers
                                    `aws ok <the answer's JSON>` or `aws error <Code>: <message>`

FILE (JSON) names what the stacks expect to exist already, created before the first request:
    {"account": "123456789012",
     "networks": [{"region": "us-east-1", "vpc_id": "vpc-1", "subnet_ids": ["subnet-1"], "security_group_ids": ["sg-1"]}],
     "buckets":  [{"region": "us-east-1", "name": "state-bucket"}],
     "lock_tables": [{"region": "us-east-1", "name": "terraform-locks"}],
     "secrets":  [{"region": "us-east-1", "name": "valkey/auth or its ARN", "value": "..."}]}
The ids are the stacks' own: moto's generators are asked for them one at a time.
"""

import argparse
import contextlib
import json
import os
import signal
import sys
import threading

# SIGTERM ends the emulator whenever it comes: during the imports and the seed below (seconds on a busy machine) as
# much as while it serves. The handler is the first thing set; what it does depends on how far the start got.
STOP = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: STOP.set() if SERVING.is_set() else os._exit(143))
SERVING = threading.Event()

import moto  # noqa: E402  first of moto, alone: its version is checked before anything else of it is imported

MINIMUM_MOTO = (5, 2)
if tuple(int(p) for p in moto.__version__.split(".")[:2]) < MINIMUM_MOTO:
    print(f"moto {moto.__version__} is too old: the deploy rehearsal needs moto 5.2 or newer", file=sys.stderr)
    sys.exit(2)

from moto.dynamodb.models import dynamodb_backends  # noqa: E402
from moto.ec2.models import ec2_backends  # noqa: E402
from moto.ec2.models import security_groups as ec2_security_groups  # noqa: E402
from moto.ec2.models import subnets as ec2_subnets  # noqa: E402
from moto.ec2.models import vpcs as ec2_vpcs  # noqa: E402
from moto.moto_server.threaded_moto_server import ThreadedMotoServer  # noqa: E402
from moto.moto_server.werkzeug_app import DomainDispatcherApplication  # noqa: E402
from moto.s3.models import s3_backends  # noqa: E402
from moto.secretsmanager.models import secretsmanager_backends  # noqa: E402

import moto_patches  # noqa: E402

DEFAULT_ACCOUNT = "123456789012"  # moto's account for any access key it does not know


@contextlib.contextmanager
def forced_id(module, function, wanted):
    """While inside, `module.function()` (one of moto's EC2 id generators) returns `wanted` once."""
    original = getattr(module, function)
    handed = []

    def generate():
        if handed:
            return original()
        handed.append(wanted)
        return wanted

    setattr(module, function, generate)
    try:
        yield
    finally:
        setattr(module, function, original)


def seed_network(account, network):
    ec2 = ec2_backends[account][network["region"]]
    if network["vpc_id"] not in ec2.vpcs:
        with forced_id(ec2_vpcs, "random_vpc_id", network["vpc_id"]):
            ec2.create_vpc("10.0.0.0/16")
    zones = [z.name for z in ec2.describe_availability_zones()]
    for i, subnet_id in enumerate(network["subnet_ids"]):
        if any(subnet_id in by_id for by_id in ec2.subnets.values()):
            continue
        with forced_id(ec2_subnets, "random_subnet_id", subnet_id):
            ec2.create_subnet(network["vpc_id"], f"10.0.{i}.0/24", availability_zone=zones[i % len(zones)])
    existing = {g for by_id in ec2.groups.values() for g in by_id}
    for group_id in network["security_group_ids"]:
        if group_id in existing:
            continue
        with forced_id(ec2_security_groups, "random_security_group_id", group_id):
            ec2.create_security_group(f"seeded-{group_id}", "seeded by the deploy rehearsal", network["vpc_id"])


def seed(spec):
    account = spec.get("account") or DEFAULT_ACCOUNT
    for network in spec.get("networks", []):
        seed_network(account, network)
    for bucket in spec.get("buckets", []):
        s3_backends[account]["aws"].create_bucket(bucket["name"], bucket["region"])
    for table in spec.get("lock_tables", []):
        # The table Terraform's S3 backend locks with: a string hash key LockID.
        dynamodb_backends[account][table["region"]].create_table(
            table["name"], schema=[{"AttributeName": "LockID", "KeyType": "HASH"}], throughput=None,
            attr=[{"AttributeName": "LockID", "AttributeType": "S"}], global_indexes=None, indexes=None, streams=None,
            billing_mode="PAY_PER_REQUEST", sse_specification=None, tags=[], deletion_protection_enabled=False, warm_throughput=None,
        )
    for secret in spec.get("secrets", []):
        backend = secretsmanager_backends[account][secret["region"]]
        arn = secret["name"] if secret["name"].startswith("arn:") else None
        # arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 characters>
        name = arn.split(":secret:", 1)[1][:-7] if arn else secret["name"]
        backend.create_secret(
            name=name, secret_string=secret["value"], secret_binary=None, description=None, tags=None,
            kms_key_id=None, client_request_token=None, replica_regions=[], force_overwrite=False,
        )
        if arn:
            backend.secrets[name].arn = arn  # the stack names it by this ARN


LOCK = threading.Lock()


def one_request_at_a_time():
    """Serves one request at a time. moto's models are plain dictionaries without locks, and its server answers each
    request on a thread of its own: with Terraform's ten parallel operations on a stack of 37 resources or more, a
    DescribeAlarms while alarms were being created came back HTTP 500, and a ListTagsForResource lost its connection
    (both seen in this project's deploy tests, 2026-11-26). AWS is concurrent; the emulator need not be."""
    call = DomainDispatcherApplication.__call__

    def serialized(self, environ, start_response):
        with LOCK:
            return call(self, environ, start_response)

    DomainDispatcherApplication.__call__ = serialized


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", help="JSON file of the network, buckets and secrets to create first")
    parser.add_argument("--without", action="append", default=[], metavar="PATCH", help="leave a patch out (tests)")
    parser.add_argument("--with", dest="optional", action="append", default=[], metavar="PATCH", help="apply an optional patch")
    args = parser.parse_args()

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the app stops us, after Terraform
    moto_patches.apply(args.without, args.optional)
    one_request_at_a_time()
    if args.seed:
        with open(args.seed, encoding="utf-8") as f:
            seed(json.load(f))

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    PORT.append(port)
    SERVING.set()
    print(f"listening {host}:{port} moto {moto.__version__}", flush=True)
    threading.Thread(target=serve_commands, daemon=True).start()
    STOP.wait()
    # A request in flight may hold the server up: give it a moment, then go regardless.
    stopper = threading.Thread(target=server.stop, daemon=True)
    stopper.start()
    stopper.join(5)
    sys.stdout.flush()
    os._exit(0)


def serve_commands():
    """Reads commands from standard input until it closes (the app closed it, or is gone), then stops the emulator."""
    from moto.elasticache.models import elasticache_backends

    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "window":
            with LOCK:
                count = sum(moto_patches.apply_pending(backend, words[1] if len(words) > 1 else None)
                            for regions in elasticache_backends.values() for backend in regions.values())
            print(f"window applied {count}", flush=True)
        elif words[0] == "aws":
            try:
                answer = aws(line)
            except Exception as e:  # noqa: BLE001  a command that fails in the emulator still gets its one line
                answer = f"aws error Emulator: {type(e).__name__}: {e}"
            print(answer.replace("\n", " "), flush=True)
        else:
            print(f"unknown command {words[0]}", flush=True)
    STOP.set()


PORT = []


def aws(line):
    """`aws SERVICE OPERATION --option value ...` as the AWS CLI reads it (options are the operation's input members in
    kebab case; lists take the values that follow; a boolean is --option or --no-option), sent to this emulator through
    botocore with fake credentials. One line: `aws ok <JSON>` or `aws error <Code>: <message>`."""
    import shlex

    import boto3
    from botocore.exceptions import ClientError, ParamValidationError
    from botocore import xform_name

    words = shlex.split(line)[1:]
    if len(words) < 2:
        return "aws error Usage: aws SERVICE OPERATION --option value ..."
    service, operation, options = words[0], words[1], words[2:]
    client = boto3.client(service, endpoint_url=f"http://127.0.0.1:{PORT[0]}", region_name="us-east-1",
                          aws_access_key_id="AKIAREHEARSALNOTREAL", aws_secret_access_key="rehearsal-emulator-not-a-secret")
    model = client.meta.service_model
    names = {xform_name(o, "-"): o for o in model.operation_names}
    if operation not in names:
        return f"aws error InvalidAction: {service} has no operation {operation}"
    shape = model.operation_model(names[operation]).input_shape
    members = {xform_name(m, "-"): (m, s) for m, s in shape.members.items()}
    params, i = {}, 0
    while i < len(options):
        flag = options[i]
        if not flag.startswith("--"):
            return f"aws error Usage: unexpected {flag}"
        name = flag[2:]
        negated = name.startswith("no-") and name[3:] in members and members[name[3:]][1].type_name == "boolean"
        member, member_shape = members.get(name[3:] if negated else name, (None, None))
        if member is None:
            return f"aws error Usage: {operation} has no option {flag}"
        values = []
        i += 1
        while i < len(options) and not options[i].startswith("--"):
            values.append(options[i])
            i += 1
        kind = member_shape.type_name
        if kind == "boolean":
            params[member] = not negated if not values else values[0].lower() == "true"
        elif kind == "list":
            params[member] = values
        elif kind in ("integer", "long"):
            params[member] = int(values[0])
        else:
            params[member] = values[0] if values else ""
    try:
        answer = getattr(client, xform_name(names[operation]))(**params)
        answer.pop("ResponseMetadata", None)
        return "aws ok " + json.dumps(answer, default=str)
    except ClientError as e:
        return f"aws error {e.response['Error']['Code']}: {e.response['Error']['Message']}"
    except ParamValidationError as e:
        return f"aws error ParamValidation: {str(e).replace(chr(10), ' ')}"


if __name__ == "__main__":
    sys.exit(main())
