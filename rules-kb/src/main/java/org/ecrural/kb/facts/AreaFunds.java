package org.ecrural.kb.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.ProjectItem;

/**
 * The central funds of one demo area, summed exactly (BigDecimal) when the plan's facts are built:
 * what is allocated to it, and what its project items spend on rural products going upward (四（一）),
 * on the county public service centre (四（二）) and in all. A classification fact, one per area
 * with an allocation or a project item; absent amounts count as zero.
 *
 * <ul>
 *   <li>upward items: UPWARD items except those whose expense type is a prohibited use or
 *       CENTRE_CONSTRUCTION (catalogue 1.1); the UPWARD items left out for that, with central funds,
 *       are {@link #getExcludedUpwardItems()};</li>
 *   <li>centre items: every item whose direction is SERVICE_CENTRE or whose expense type is
 *       CENTRE_CONSTRUCTION, whatever its direction;</li>
 *   <li>funded items: every item with central funds above zero.</li>
 * </ul>
 * Lists are sorted by project id.
 */
@PlanData({"fundAllocations[]: area, centralFunds", "projects[]: area, direction, expenseType, centralFunds"})
public final class AreaFunds {
    private final String code;
    private final List<FundAllocation> allocations;
    private final BigDecimal allocated;
    private final List<ProjectItem> upwardItems;
    private final List<ProjectItem> excludedUpwardItems;
    private final List<ProjectItem> centreItems;
    private final List<ProjectItem> fundedItems;

    private AreaFunds(String code, List<FundAllocation> allocations, List<ProjectItem> upwardItems,
                      List<ProjectItem> excludedUpwardItems, List<ProjectItem> centreItems, List<ProjectItem> fundedItems) {
        this.code = code;
        this.allocations = List.copyOf(allocations);
        this.allocated = allocations.stream().map(FundAllocation::getCentralFunds).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        this.upwardItems = upwardItems;
        this.excludedUpwardItems = excludedUpwardItems;
        this.centreItems = centreItems;
        this.fundedItems = fundedItems;
    }

    /** @return the funds of the area with this code among the plan's allocations and project items */
    public static AreaFunds of(String code, List<FundAllocation> allAllocations, List<ProjectItem> allProjects,
                               EditionParameters edition) {
        List<FundAllocation> allocations = allAllocations.stream().filter(a -> code.equals(a.getArea())).toList();
        List<ProjectItem> items = allProjects.stream().filter(p -> code.equals(p.getArea()))
                .sorted(Comparator.comparing(ProjectItem::getId, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        List<ProjectItem> upward = items.stream().filter(p -> p.getDirection() == Direction.UPWARD)
                .filter(p -> p.getExpenseType() != ExpenseType.CENTRE_CONSTRUCTION && !edition.isProhibited(p.getExpenseType()))
                .toList();
        List<ProjectItem> excluded = items.stream().filter(p -> p.getDirection() == Direction.UPWARD && p.hasCentralFunds())
                .filter(p -> p.getExpenseType() == ExpenseType.CENTRE_CONSTRUCTION || edition.isProhibited(p.getExpenseType()))
                .toList();
        List<ProjectItem> centre = items.stream()
                .filter(p -> p.getDirection() == Direction.SERVICE_CENTRE || p.getExpenseType() == ExpenseType.CENTRE_CONSTRUCTION)
                .toList();
        List<ProjectItem> funded = items.stream().filter(ProjectItem::hasCentralFunds).toList();
        return new AreaFunds(code, allocations, upward, excluded, centre, funded);
    }

    private static BigDecimal total(List<ProjectItem> items) {
        return items.stream().map(ProjectItem::centralFundsOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getCode() {
        return code;
    }

    /** @return the area's fund allocations, in the plan's order */
    public List<FundAllocation> getAllocations() {
        return allocations;
    }

    /** @return the sum of the central funds of the area's allocations, planned or not */
    public BigDecimal getAllocated() {
        return allocated;
    }

    /** @return whether the area has allocations whose central funds add up to zero: no share can be measured */
    public boolean isNothingAllocated() {
        return !allocations.isEmpty() && allocated.signum() == 0;
    }

    public List<ProjectItem> getUpwardItems() {
        return upwardItems;
    }

    /** @return the central funds of the upward items */
    public BigDecimal getUpward() {
        return total(upwardItems);
    }

    public List<ProjectItem> getExcludedUpwardItems() {
        return excludedUpwardItems;
    }

    public List<ProjectItem> getCentreItems() {
        return centreItems;
    }

    /** @return the central funds of the centre items */
    public BigDecimal getCentre() {
        return total(centreItems);
    }

    public List<ProjectItem> getFundedItems() {
        return fundedItems;
    }

    /** @return the central funds of all the area's items */
    public BigDecimal getFunded() {
        return total(fundedItems);
    }

    /** @return whether the upward share is below the minimum, exactly: upward &lt; allocated × minimum */
    public boolean upwardBelow(BigDecimal minimum) {
        return getUpward().compareTo(allocated.multiply(minimum)) < 0;
    }

    /** @return whether the centre share is above the maximum, exactly: centre &gt; allocated × maximum */
    public boolean centreAbove(BigDecimal maximum) {
        return getCentre().compareTo(allocated.multiply(maximum)) > 0;
    }

    /** @return whether the items' central funds exceed the allocation */
    public boolean isOverAllocated() {
        return getFunded().compareTo(allocated) > 0;
    }

    /** @return what must move to upward items to reach the minimum, rounded up to the fen */
    public BigDecimal upwardShortfall(BigDecimal minimum) {
        return allocated.multiply(minimum).subtract(getUpward()).setScale(2, RoundingMode.CEILING);
    }

    /** @return what must leave the centre to get down to the maximum, rounded up to the fen */
    public BigDecimal centreExcess(BigDecimal maximum) {
        return getCentre().subtract(allocated.multiply(maximum)).setScale(2, RoundingMode.CEILING);
    }

    /** @return how far the items' central funds exceed the allocation, rounded up to the fen */
    public BigDecimal getOverAllocation() {
        return getFunded().subtract(allocated).setScale(2, RoundingMode.CEILING);
    }

    @Override
    public String toString() {
        return "AreaFunds{" + code + "}";
    }
}
