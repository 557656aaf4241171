// Starts one real-protocol local AWS server on 127.0.0.1 and a free port, for the ad-aws-adapter tests:
//   node local-aws.js dynalite            DynamoDB (in memory)
//   node --openssl-legacy-provider local-aws.js s3rver DIR     S3 (objects under DIR)
// (s3rver 3.7.1 encrypts listing continuation tokens with DES, which Node 17+ has only in OpenSSL's legacy provider)
// Prints "listening <port>" once it accepts connections. Exits when its standard input closes, so a
// server never outlives the test JVM that started it, even when that JVM is killed.
'use strict';

const kind = process.argv[2];
const host = '127.0.0.1';

function ready(port) {
  process.stdout.write('listening ' + port + '\n');
}

function fail(err) {
  process.stderr.write(kind + ' failed: ' + (err && err.stack ? err.stack : err) + '\n');
  process.exit(1);
}

process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();

if (kind === 'dynalite') {
  const dynalite = require('dynalite');
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  server.on('error', fail);
  server.listen(0, host, () => ready(server.address().port));
} else if (kind === 's3rver') {
  const dir = process.argv[3];
  if (!dir) {
    fail('usage: node local-aws.js s3rver DIR');
  }
  const S3rver = require('s3rver');
  new S3rver({ address: host, port: 0, directory: dir, silent: true })
    .run()
    .then((address) => ready(address.port), fail);
} else {
  fail('usage: node local-aws.js dynalite | s3rver DIR');
}
