package org.ecrural.model;
/** Village figures of a county, for the coverage target of 二（二）. */
public class Villages {
    private Integer administrative;
    private Integer administrativeServed;
    private Integer registeredPoor;
    private Integer registeredPoorServed;

    public Villages() {
    }

    /**
     * A Villages with every field given (null for an absent optional field; a null list is empty).
     *
     * @param administrative administrative villages
     * @param administrativeServed administrative villages with e-commerce service
     * @param registeredPoor registered poor villages (建档立卡贫困村)
     * @param registeredPoorServed registered poor villages with e-commerce service
     */
    public Villages(Integer administrative, Integer administrativeServed, Integer registeredPoor, Integer registeredPoorServed) {
        setAdministrative(administrative);
        setAdministrativeServed(administrativeServed);
        setRegisteredPoor(registeredPoor);
        setRegisteredPoorServed(registeredPoorServed);
    }

    /** @return administrative villages */
    public Integer getAdministrative() {
        return administrative;
    }

    /** Sets administrative villages. */
    public void setAdministrative(Integer administrative) {
        this.administrative = administrative;
    }

    /** @return administrative villages with e-commerce service */
    public Integer getAdministrativeServed() {
        return administrativeServed;
    }

    /** Sets administrative villages with e-commerce service. */
    public void setAdministrativeServed(Integer administrativeServed) {
        this.administrativeServed = administrativeServed;
    }

    /** @return registered poor villages (建档立卡贫困村) */
    public Integer getRegisteredPoor() {
        return registeredPoor;
    }

    /** Sets registered poor villages (建档立卡贫困村). */
    public void setRegisteredPoor(Integer registeredPoor) {
        this.registeredPoor = registeredPoor;
    }

    /** @return registered poor villages with e-commerce service */
    public Integer getRegisteredPoorServed() {
        return registeredPoorServed;
    }

    /** Sets registered poor villages with e-commerce service. */
    public void setRegisteredPoorServed(Integer registeredPoorServed) {
        this.registeredPoorServed = registeredPoorServed;
    }

    @Override
    public String toString() {
        return "Villages{" + "administrative=" + administrative + ", " + "administrativeServed=" + administrativeServed + ", " + "registeredPoor=" + registeredPoor + "}";
    }
}
