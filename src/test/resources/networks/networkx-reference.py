"""Reference values for ayni.metrics.graph.NetworkxReferenceTest, computed once with networkx and stored beside it.

Run from this folder:  python3 networkx-reference.py
Writes lesmis.csv and directed-random.csv (two of the networks) and networkx-reference.csv (the values). The values
in the stored files were made with networkx 2.8.8 (Debian 12 package python3-networkx 2.8.8-1) on Python 3.11.

Conventions (the ones networkx uses, and so Ayni):
- shortest paths are counted in ties (no distance attribute: weights are strengths, not lengths);
- closeness_centrality(G, wf_improved=True): (r-1)/sum of distances, times (r-1)/(n-1), r the number of nodes that
  reach the node (itself included); in a directed graph distances are measured *towards* the node (incoming);
  0 when no other node reaches it;
- harmonic_centrality(G): sum over the other nodes v of 1/d(v, u), incoming in a directed graph, not normalised;
- betweenness_centrality(G, normalized=True): divided by (n-1)(n-2) in a directed graph and by (n-1)(n-2)/2 in an
  undirected one (each unordered pair once);
- effective_size(G, weight=W): Burt's general formula sum_j (1 - sum_q p_iq m_jq) over all neighbours j (both
  directions), with mutual weights a_ij + a_ji; NaN for an isolate. networkx's effective_size and constraint also
  give NaN to a node of a directed graph that has no outgoing tie (they test G[v], the successors only); for those
  nodes the rows effectiveSizeBothDirections and constraintBothDirections hold the same formulas evaluated with
  networkx's own normalized_mutual_weight and local_constraint over all the node's neighbours, as Ayni does;
- clustering, transitivity, triangles on the undirected graph (directions ignored, as Ayni does; networkx's own
  directed clustering is a different measure).
"""
import csv
import random

import networkx as nx
from networkx.algorithms.structuralholes import local_constraint, normalized_mutual_weight


def write_edges(G, path, weight):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        f.write("# written by networkx-reference.py with networkx %s\n" % nx.__version__)
        w.writerow(["source", "target", "weight"] if weight else ["source", "target"])
        for u, v, d in G.edges(data=True):
            w.writerow([u, v, d["weight"]] if weight else [u, v])
        for u in G.nodes:
            if G.degree(u) == 0:
                w.writerow([u, ""] + ([""] if weight else []))


def read_edges(path, directed):
    G = nx.DiGraph() if directed else nx.Graph()
    with open(path) as f:
        rows = [r for r in csv.reader(line for line in f if not line.startswith("#"))]
    head = rows[0]
    for r in rows[1:]:
        if r[1] == "":
            G.add_node(r[0])
        elif len(head) > 2:
            G.add_edge(r[0], r[1], weight=float(r[2]))
        else:
            G.add_edge(r[0], r[1])
    return G


lesmis = nx.les_miserables_graph()
write_edges(lesmis, "lesmis.csv", True)

rng = random.Random(7)
d = nx.gnp_random_graph(40, 0.06, seed=7, directed=True)
d = nx.relabel_nodes(d, {i: "n%d" % i for i in d.nodes})
for u, v in d.edges:
    d[u][v]["weight"] = rng.randint(1, 5)
write_edges(d, "directed-random.csv", True)

networks = [
    ("karate", read_edges("karate.csv", False), None),
    ("florentine-marriage", read_edges("florentine-marriage.csv", False), None),
    ("lesmis", read_edges("lesmis.csv", False), "weight"),
    ("directed-random", read_edges("directed-random.csv", True), "weight"),
]

with open("networkx-reference.csv", "w", newline="") as f:
    f.write("# networkx %s, by networkx-reference.py; node empty for a whole-network measure\n" % nx.__version__)
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["network", "node", "measure", "value"])
    for name, G, weight in networks:
        U = G.to_undirected()
        per_node = {
            "closeness": nx.closeness_centrality(G, wf_improved=True),
            "harmonicCloseness": nx.harmonic_centrality(G),
            "betweenness": nx.betweenness_centrality(G, normalized=False),
            "betweennessNormalized": nx.betweenness_centrality(G, normalized=True),
            "effectiveSize": nx.effective_size(G, weight=weight),
            "constraint": nx.constraint(G, weight=weight),
            "clustering": nx.clustering(U),
            "triangles": nx.triangles(U),
        }
        if G.is_directed():
            # the nodes networkx's guard leaves undefined although they have (incoming) ties
            lonely = [v for v in G if len(G[v]) == 0 and G.in_degree(v) > 0]
            neighbours = {v: set(nx.all_neighbors(G, v)) for v in lonely}
            per_node["effectiveSizeBothDirections"] = {v: sum(
                1 - sum(normalized_mutual_weight(G, v, w, weight=weight)
                        * normalized_mutual_weight(G, u, w, norm=max, weight=weight) for w in neighbours[v])
                for u in neighbours[v]) for v in lonely}
            per_node["constraintBothDirections"] = {v: sum(
                local_constraint(G, v, u, weight=weight) for u in neighbours[v]) for v in lonely}
        for measure, values in per_node.items():
            for node in sorted(values):
                out.writerow([name, node, measure, repr(float(values[node]))])
        out.writerow([name, "", "transitivity", repr(nx.transitivity(U))])
        out.writerow([name, "", "averageClustering", repr(nx.average_clustering(U))])
        out.writerow([name, "", "triangles", sum(nx.triangles(U).values()) // 3])
