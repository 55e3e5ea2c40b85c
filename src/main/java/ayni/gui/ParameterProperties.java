package ayni.gui;

import ayni.scenario.Parameters;
import ayni.scenario.Parameters.Spec;
import sim.util.Interval;

/**
 * The model's parameters as MASON properties for the Console's Model tab, named exactly as the scenario keys
 * ({@code grantShare}, not MASON's capitalised {@code GrantShare}), with each parameter's range as the slider's domain
 * and its description and unit as the tool tip. Setting a value goes through {@link Parameters#set}, which checks it.
 */
final class ParameterProperties extends sim.util.Properties {
    private static final long serialVersionUID = 1L;
    private final Parameters bean;

    ParameterProperties(Parameters bean) {
        this.bean = bean;
    }

    private static Spec spec(int i) {
        return Parameters.SPECS.get(i);
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return Parameters.SPECS.size();
    }

    @Override
    public Object getValue(int i) {
        double v = bean.get(spec(i).name());
        return spec(i).integer() ? (Object) (int) v : (Object) v;
    }

    @Override
    public Object getDomain(int i) {
        Spec s = spec(i);
        return s.integer() ? new Interval((long) s.min(), (long) s.max()) : new Interval(s.min(), s.max());
    }

    @Override
    public String getDescription(int i) {
        Spec s = spec(i);
        return "<html>" + s.description() + " (" + s.unit() + "; " + Parameters.fmt(s.min()) + " to "
                + Parameters.fmt(s.max()) + "; source: " + s.source() + ")</html>";
    }

    @Override
    public boolean isReadWrite(int i) {
        return true;
    }

    @Override
    public String getName(int i) {
        return spec(i).name();
    }

    @Override
    public Class getType(int i) {
        return spec(i).integer() ? int.class : double.class;
    }

    @Override
    protected Object _setValue(int i, Object value) {
        try {
            bean.set(spec(i).name(), ((Number) value).doubleValue());
        } catch (IllegalArgumentException | ClassCastException e) {
            // out of range or not a number: keep the value (the field shows it again)
        }
        return getValue(i);
    }
}
