package io.quire.data.test;

import io.quire.data.core.mapping.Document;
import io.quire.data.core.mapping.Indexed;

import org.springframework.data.annotation.Id;
import org.springframework.data.geo.Point;

/** A named place: an indexed location (a geo index) and an unindexed entrance. */
@Document("places")
public class Place {

	@Id
	private String id;

	private String name;

	private String kind;

	@Indexed
	private Point location;

	private Point entrance;

	public Place() {
	}

	public Place(String name, String kind, double longitude, double latitude) {
		this.name = name;
		this.kind = kind;
		this.location = new Point(longitude, latitude);
		this.entrance = this.location;
	}

	public String getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getKind() {
		return this.kind;
	}

	public Point getLocation() {
		return this.location;
	}

	public Point getEntrance() {
		return this.entrance;
	}

}
