/** Actor kinds and subtypes, resource layers, income sources and discourse positions: the model's vocabulary. */
package ayni.domain;
