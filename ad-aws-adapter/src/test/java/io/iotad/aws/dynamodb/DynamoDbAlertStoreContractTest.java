package io.iotad.aws.dynamodb;

import io.iotad.aws.local.LocalAwsServers;
import io.iotad.core.alert.AlertStore;
import io.iotad.pipeline.contract.AlertStoreContract;

/**
 * The AlertStore contract on dynalite: each name is a table, each handle its own client; a page of 7
 * items makes every query read several pages.
 */
class DynamoDbAlertStoreContractTest extends AlertStoreContract {
    @Override
    protected AlertStore open(String name) {
        return DynamoDbAlertStore.open(LocalAwsServers.get().clients().dynamoDb(), name, 7, true, true);
    }
}
