package ayni.exchange;

import ayni.domain.ActorKind;

/** Something that holds funding: the ledger moves money only between accounts. */
public interface Account {
    int index();

    ActorKind kind();

    double cash();

    void setCash(double cash);
}
