package io.iotad.pipeline.registry;

import io.iotad.core.registry.ModelRegistry;
import io.iotad.pipeline.contract.ModelRegistryContract;
import java.io.IOException;
import java.time.Clock;

/** The ModelRegistry contract on registry folders: each name is a folder, each handle its own instance. */
class FileModelRegistryContractTest extends ModelRegistryContract {
    @Override
    protected ModelRegistry open(String name, Clock clock) throws IOException {
        return new FileModelRegistry(dir.resolve(name), clock);
    }
}
