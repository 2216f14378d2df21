/**
 * The mlpot model file, shared by every kind of model: {@link org.mlpot.io.model.ModelFiles} writes
 * and checks the container (a header line with format version, model kind, body size and SHA-256,
 * then a JSON body with the {@link org.mlpot.io.model.Provenance} and the model), and
 * {@link org.mlpot.io.model.DescriptorCodec} and {@link org.mlpot.io.model.FeatureScalingCodec}
 * store the parts models have in common. A model module (such as mlpot-nn's
 * {@code NeuralNetworkModelFile}) builds its {@code model} object with {@link org.mlpot.io.model.ModelJson}
 * and reads it back through {@link org.mlpot.io.model.ModelNode}, which reports every problem with
 * the file name and the JSON path. Doubles round-trip bit for bit.
 */
package org.mlpot.io.model;
