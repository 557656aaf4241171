/**
 * The model artifact format (model.tar.gz: manifest.json plus a versioned strategy payload) and its codecs.
 */
package io.iotad.core.artifact;
