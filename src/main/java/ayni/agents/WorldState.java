package ayni.agents;

/** What a MASON state that runs actors must offer them: the world. */
public interface WorldState {
    World world();
}
